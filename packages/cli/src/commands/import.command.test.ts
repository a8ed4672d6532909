import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseFit, parseGpx, parseTcx } from '@runstrong/activities';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../exit-codes';
import { run, STACK_LINE, tempDir } from '../testing/run-main';
import { formatDuration } from './import.command';

const FIXTURES = fileURLToPath(
  new URL('../../../../../shared/fixtures/activities/', import.meta.url),
);
const fixture = (path: string): string => join(FIXTURES, path);

const GPX = fixture('gpx/strava-run-gpxtpx-hr.gpx');
const TCX = fixture('tcx/garmin-fr410-run-3laps-hr.tcx');
const FIT = fixture('fit/garmin-fr110-run-5laps.fit');

interface JsonOut {
  activities: {
    file: string;
    sport: string;
    start: string | null;
    distanceMeters: number | null;
    laps: unknown[];
  }[];
  problems: { file: string; code: string; message: string }[];
  duplicatesMerged: number;
}

const json = (stdout: string): JsonOut => JSON.parse(stdout) as JsonOut;

describe('runstrong import', () => {
  it('imports FIT, GPX and TCX files by path as the parsers read them', async () => {
    const result = await run(['import', GPX, TCX, FIT, '--format', 'json']);
    expect(result.code).toBe(EXIT_CODES.ok);
    expect(result.stderr).toBe('');
    const expected = [
      parseGpx(await readFile(GPX, 'utf8'), GPX),
      parseTcx(await readFile(TCX, 'utf8'), TCX),
      parseFit(new Uint8Array(await readFile(FIT)), FIT),
    ].flatMap((r) => r.activities);
    const out = json(result.stdout);
    expect(out.problems).toEqual([]);
    expect(out.activities.map((a) => [a.file, a.sport, a.start, a.distanceMeters])).toEqual(
      expected.map((a) => [a.file, a.sport, a.start, a.distanceMeters]),
    );
    expect(out.activities[1]?.laps).toEqual(expected[1]?.laps);
    for (const key of [
      'file',
      'sport',
      'start',
      'elapsedSeconds',
      'movingSeconds',
      'distanceMeters',
      'elevationGainMeters',
      'avgHeartRate',
      'maxHeartRate',
      'laps',
    ]) {
      expect(out.activities[0]).toHaveProperty(key);
    }
  });

  it('prints a table with a summary line by default', async () => {
    const result = await run(['import', FIT]);
    expect(result.code).toBe(EXIT_CODES.ok);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^file +sport +start +time +km +avg HR$/);
    expect(lines[2]).toMatch(
      /garmin-fr110-run-5laps\.fit +running +2013-02-06T\S+ +0:43:45 +4\.84 +147$/,
    );
    expect(lines.at(-1)).toBe('1 activities from 1 files, 0 problems, 0 duplicates merged');
  });

  it('reads a directory recursively, sorted by path, and skips hidden files', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'b'), { recursive: true });
    await copyFile(TCX, join(dir, 'b', 'run.tcx'));
    await copyFile(GPX, join(dir, 'a.gpx'));
    await writeFile(join(dir, '.DS_Store'), 'junk');
    const result = await run(['import', '.', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(EXIT_CODES.ok);
    const out = json(result.stdout);
    expect(out.problems).toEqual([]);
    expect(out.activities.map((a) => a.file)).toEqual(['a.gpx', join('b', 'run.tcx')]);
  });

  it('imports a gzipped file whatever its name', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'run.fit.gz'), gzipSync(await readFile(FIT)));
    const result = await run(['import', 'run.fit.gz', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(EXIT_CODES.ok);
    const out = json(result.stdout);
    expect(out.activities).toHaveLength(1);
    expect(out.activities[0]).toMatchObject({ file: 'run.fit.gz', sport: 'running' });
  });

  it('reports an unknown file as a problem and still imports the others', async () => {
    const dir = await tempDir();
    await copyFile(GPX, join(dir, 'a.gpx'));
    await writeFile(join(dir, 'notes.txt'), 'not a run');
    await copyFile(FIT, join(dir, 'z.fit'));
    const result = await run(['import', '.'], { cwd: dir });
    expect(result.code).toBe(EXIT_CODES.ok);
    expect(result.stdout).toContain('problem: notes.txt: unsupported-format: ');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      '2 activities from 3 files, 1 problems, 0 duplicates merged',
    );
  });

  it('stops a gzip bomb at 64 MiB as too-large, quickly', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bomb.gz'), gzipSync(Buffer.alloc(100 * 1024 * 1024)));
    await copyFile(GPX, join(dir, 'run.gpx'));
    const started = Date.now();
    const result = await run(['import', '.', '--format', 'json'], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.code).toBe(EXIT_CODES.ok);
    const out = json(result.stdout);
    expect(out.problems).toEqual([
      { file: 'bomb.gz', code: 'too-large', message: expect.stringContaining('64') as string },
    ]);
    expect(out.activities).toHaveLength(1);
  });

  it('keeps the same run found under two names once', async () => {
    const dir = await tempDir();
    await copyFile(GPX, join(dir, 'from-watch.gpx'));
    await copyFile(GPX, join(dir, 'from-strava.gpx'));
    const result = await run(['import', '.'], { cwd: dir });
    expect(result.code).toBe(EXIT_CODES.ok);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      '1 activities from 2 files, 0 problems, 1 duplicates merged',
    );
  });

  it('keeps the richer of a Strava CSV row and the recorded file', async () => {
    const dir = await tempDir();
    const [activity] = parseTcx(await readFile(TCX, 'utf8'), TCX).activities;
    if (!activity?.start || activity.distanceMeters === null) throw new Error('fixture changed');
    await mkdir(join(dir, 'export', 'activities'), { recursive: true });
    await copyFile(TCX, join(dir, 'export', 'activities', '1.tcx'));
    const when = new Date(activity.start).toLocaleString('en-US', {
      timeZone: 'UTC',
      dateStyle: 'medium',
      timeStyle: 'medium',
    });
    await writeFile(
      join(dir, 'export', 'activities.csv'),
      `Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename\n1,"${when}",Run,Run,${Math.round(activity.elapsedSeconds)},${(activity.distanceMeters / 1000).toFixed(2)},activities/1.tcx\n`,
    );
    const result = await run(['import', 'export/activities.csv', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(EXIT_CODES.ok);
    const out = json(result.stdout);
    expect(out.problems).toEqual([]);
    expect(out.activities).toHaveLength(1);
    expect(out.activities[0]?.file).toBe(join('export', 'activities', '1.tcx'));
    expect(out.activities[0]?.laps.length).toBeGreaterThan(0);
    expect(out.duplicatesMerged).toBe(1);
  });

  it('fails with exit 2 and one line for a missing path', async () => {
    const result = await run(['import', FIT, 'no-such-run.gpx']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.errors).toEqual(['runstrong import: no-such-run.gpx: no such file or directory']);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('exits 2 when every file failed, still listing the problems', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.txt'), 'hello');
    await writeFile(join(dir, 'b.gpx'), '<gpx><trk><trkseg><trkpt');
    const result = await run(['import', '.'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('problem: a.txt: unsupported-format');
    expect(result.stdout).toContain('problem: b.gpx: ');
    expect(result.errors).toEqual(['runstrong import: no activity could be imported from 2 files']);
  });

  it('exits 0 for an empty folder, and asks for a path when none is given', async () => {
    const empty = await run(['import', '.'], { cwd: await tempDir() });
    expect(empty.code).toBe(EXIT_CODES.ok);
    expect(empty.stdout).toBe('0 activities from 0 files, 0 problems, 0 duplicates merged\n');
    const none = await run(['import']);
    expect(none.code).toBe(2);
    expect(none.errors).toEqual(['runstrong import: give at least one file or folder to import']);
  });

  it('rejects an unknown option and format like other commands', async () => {
    expect((await run(['import', FIT, '--verbose'])).errors[0]).toMatch(
      /^runstrong import: unknown option --verbose/,
    );
    expect((await run(['import', FIT, '--format', 'xml'])).errors).toEqual([
      'runstrong import: --format "xml" is not accepted; accepted: table, json',
    ]);
  });

  it('states the exit-code rule in its help', async () => {
    const result = await run(['import', '--help']);
    expect(result.stdout).toMatch(
      /^Usage: runstrong import FILE\|DIR\.\.\. \[--format table\|json\]/,
    );
    expect(result.stdout).toContain('Exit code: 0 when at least one activity was imported');
  });

  it('formats durations as h:mm:ss', () => {
    expect(formatDuration(3725.4)).toBe('1:02:05');
    expect(formatDuration(59)).toBe('0:00:59');
  });
});
