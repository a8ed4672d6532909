import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseFit, parseGpx, parseTcx } from '@runstrong/activities';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../exit-codes';
import { run, STACK_LINE, tempDir } from '../testing/run-main';
import { formatDuration, progressLine } from './import.command';

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

  /** A Strava export as its zip: the CSV names the TCX (gzipped, as Strava does) and a missing file. */
  const stravaZip = async (): Promise<Uint8Array> => {
    const [activity] = parseTcx(await readFile(TCX, 'utf8'), TCX).activities;
    if (!activity?.start || activity.distanceMeters === null) throw new Error('fixture changed');
    const when = new Date(activity.start).toLocaleString('en-US', {
      timeZone: 'UTC',
      dateStyle: 'medium',
      timeStyle: 'medium',
    });
    const csv = [
      'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename',
      `1,"${when}",Run,Run,${Math.round(activity.elapsedSeconds)},${(activity.distanceMeters / 1000).toFixed(2)},activities/1.tcx.gz`,
      '2,"Jan 2, 2024, 12:05:00 AM",Run,Run,3600,10.00,activities/2.fit.gz',
    ].join('\n');
    return zipSync({
      'activities.csv': new TextEncoder().encode(`${csv}\n`),
      'activities/1.tcx.gz': new Uint8Array(gzipSync(await readFile(TCX))),
      'media/photo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
    });
  };

  it('imports a Strava export zip end to end: rows merged into their recordings, others kept', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'export_1.zip'), await stravaZip());
    const result = await run(['import', 'export_1.zip', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(EXIT_CODES.ok);
    expect(result.stderr).toBe('');
    const out = json(result.stdout);
    const [tcx] = parseTcx(await readFile(TCX, 'utf8'), TCX).activities;
    expect(out.activities.map((a) => [a.file, a.start, a.distanceMeters, a.laps.length])).toEqual([
      ['export_1.zip/activities/1.tcx.gz', tcx?.start, tcx?.distanceMeters, tcx?.laps.length],
      ['export_1.zip/activities/2.fit.gz', '2024-01-02T00:05:00Z', 10_000, 0],
    ]);
    expect(out.duplicatesMerged).toBe(1);
    expect(out.problems).toEqual([
      {
        file: 'export_1.zip/media/photo.jpg',
        code: 'unsupported-format',
        message: expect.any(String) as string,
      },
    ]);
  });

  it('imports a zip and a folder in one run, and counts the zip by its entries', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'export_1.zip'), await stravaZip());
    await mkdir(join(dir, 'watch'));
    await copyFile(FIT, join(dir, 'watch', 'run.fit'));
    const result = await run(['import', 'export_1.zip', 'watch'], { cwd: dir });
    expect(result.code).toBe(EXIT_CODES.ok);
    expect(result.stdout).toContain('problem: export_1.zip/media/photo.jpg: unsupported-format: ');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      '3 activities from 4 files, 1 problems, 1 duplicates merged',
    );
  });

  it('reports a damaged zip as a problem and exits 2 when nothing else imported', async () => {
    const dir = await tempDir();
    const zip = await stravaZip();
    await writeFile(join(dir, 'cut.zip'), zip.subarray(0, 60));
    const result = await run(['import', 'cut.zip'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('problem: cut.zip: truncated: ');
    expect(result.errors).toEqual(['runstrong import: no activity could be imported from 1 files']);
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
      /^Usage: runstrong import FILE\|DIR\|ZIP\.\.\. \[--format table\|json\]/,
    );
    expect(result.stdout).toContain('Exit code: 0 when at least one activity was imported');
    expect(result.stdout).toContain(
      'a file may be or unpack to 64 MiB; a zip may hold 50000 entries',
    );
    expect(result.stdout).toContain('and unpack to 1 GiB in all');
  });

  it('draws progress on one line: files done, and inside a zip its MiB read', () => {
    let stderr = '';
    const draw = progressLine({
      stderr: (s: string) => {
        stderr += s;
      },
    });
    draw(0, 2, { name: 'export.zip', read: 512 * 1024 * 1024, size: 1024 * 1024 * 1024 });
    draw(0, 2, { name: 'export.zip', read: 512 * 1024 * 1024 + 1, size: 1024 * 1024 * 1024 });
    draw(2, 2);
    expect(stderr).toBe(
      '\r[#####...............] 0/2 export.zip 512/1024 MiB\x1b[K\r[####################] 2/2\x1b[K\n',
    );
  });

  it('formats durations as h:mm:ss', () => {
    expect(formatDuration(3725.4)).toBe('1:02:05');
    expect(formatDuration(59)).toBe('0:00:59');
  });
});
