import fc from 'fast-check';
import { gzipSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ActivityImport, type ImportOutcome } from './activity-import';
import type { ImportLimits } from './limits';
import {
  fixtureBytes,
  STRAVA_ROWS,
  smallZip,
  stravaExportFiles,
  stravaExportZip,
  streamedZip,
} from './test-support/strava-export';

const MiB = 1024 * 1024;

/** `actual` equals `expected` to within `tolerance`. */
const expectAbout = (actual: number | null | undefined, expected: number, tolerance: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(tolerance);
};

const importZip = (
  name: string,
  zip: Uint8Array,
  limits: Partial<ImportLimits> = {},
  chunkSizes: readonly number[] = [zip.length],
): ImportOutcome => {
  const importer = new ActivityImport(limits);
  const sink = importer.openZip(name);
  for (let at = 0, i = 0; at < zip.length; i++) {
    const size = Math.max(1, chunkSizes[i % chunkSizes.length] ?? zip.length);
    sink.push(zip.subarray(at, at + size));
    at += size;
  }
  sink.end();
  return importer.finish();
};

const codes = (outcome: ImportOutcome) => outcome.problems.map((p) => [p.file, p.code]);

describe('ActivityImport on a Strava export zip', () => {
  it('merges each CSV row with its recording, which wins, and keeps the row whose file is missing', () => {
    const outcome = importZip('export_123.zip', stravaExportZip());
    expect(outcome.problems).toEqual([]);
    // activities.csv and the two recordings; the third row's file is not in the zip.
    expect(outcome.files).toBe(3);
    expect(outcome.duplicatesMerged).toBe(2);
    const [fenix, fr410, missing] = outcome.activities;
    expect(outcome.activities).toHaveLength(3);
    // The fenix 2 run as its parser test reads it: 2015-08-15T14:45:08Z, 4 laps, 9.01 km, 47 min.
    expect(fenix).toMatchObject({
      file: 'export_123.zip/activities/1001.fit.gz',
      format: 'fit',
      start: '2015-08-15T14:45:08.000Z',
    });
    expect(fenix?.laps).toHaveLength(4);
    expectAbout(fenix?.distanceMeters, 9010, 5);
    expectAbout(fenix?.elapsedSeconds, 47 * 60, 30);
    // The FR410 run: 2012-12-26T21:29:53Z, 4689.24 m, 1992.78 s, 3 laps, HR 157/189.
    expect(fr410).toMatchObject({
      file: 'export_123.zip/activities/1002.tcx.gz',
      format: 'tcx',
      start: '2012-12-26T21:29:53Z',
      distanceMeters: 4689.24,
      elapsedSeconds: 1992.78,
      avgHeartRate: 157,
      maxHeartRate: 189,
    });
    expect(fr410?.laps).toHaveLength(3);
    // The third row, from its own cells, named as its file would be in the zip.
    expect(missing).toMatchObject({
      file: 'export_123.zip/activities/1003.gpx.gz',
      format: 'strava-csv',
      start: '2024-01-02T00:05:00Z',
      elapsedSeconds: STRAVA_ROWS[2]?.elapsedSeconds,
      distanceMeters: STRAVA_ROWS[2]?.distanceMeters,
      hasGps: true,
    });
  });

  it('gives the same activities whether the CSV comes before or after the files it names', () => {
    const { 'activities.csv': csv, ...recordings } = stravaExportFiles();
    if (csv === undefined) throw new Error('no CSV');
    const csvLast = importZip('e.zip', zipSync({ ...recordings, 'activities.csv': csv }));
    const csvFirst = importZip('e.zip', stravaExportZip());
    expect(csvLast.duplicatesMerged).toBe(2);
    expect(new Set(csvLast.activities)).toEqual(new Set(csvFirst.activities));
  });

  it('places the rows of a CSV in a folder of the zip under that folder', () => {
    const { 'activities.csv': csv } = stravaExportFiles();
    if (csv === undefined) throw new Error('no CSV');
    const outcome = importZip('all.zip', zipSync({ 'export/activities.csv': csv }));
    expect(outcome.activities.map((a) => a.file)).toEqual(
      STRAVA_ROWS.map((row) => `all.zip/export/${row.filename}`),
    );
  });

  it('gives the same outcome fed a byte at a time as in one chunk', () => {
    const zip = stravaExportZip();
    expect(importZip('e.zip', zip, {}, [1])).toEqual(importZip('e.zip', zip));
  });

  it('gives the same outcome in chunks of any sizes (a zip given whole to addFile too)', () => {
    const zip = smallZip();
    const whole = importZip('s.zip', zip);
    expect(whole.activities).toHaveLength(3);
    expect(codes(whole)).toEqual([['s.zip/notes.txt', 'unsupported-format']]);
    const added = new ActivityImport();
    added.addFile('s.zip', zip);
    expect(added.finish()).toEqual(whole);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 12 }),
        (sizes) => {
          expect(importZip('s.zip', zip, {}, sizes)).toEqual(whole);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('ActivityImport on bad zips', () => {
  const good = fixtureBytes('fit/garmin-fr110-run-5laps.fit');

  it('stops an entry of 65 MiB zeros (a ~65 KB deflate) at the default 64 MiB as too-large; the good entry imports', () => {
    // Behind a real FIT header, so that the bomb looks like a recording and is not refused unread.
    const bomb = new Uint8Array(65 * MiB);
    bomb.set(good.subarray(0, 14));
    const zip = zipSync({ 'bomb.fit': bomb, 'run.fit': good });
    expect(zip.length).toBeLessThan(200_000);
    const outcome = importZip('bomb.zip', zip);
    expect(outcome.problems).toEqual([
      {
        file: 'bomb.zip/bomb.fit',
        code: 'too-large',
        message: 'The file unpacks to more than 67108864 bytes; it was not read further.',
      },
    ]);
    expect(outcome.activities.map((a) => a.file)).toEqual(['bomb.zip/run.fit']);
  });

  it('stops a gzip bomb inside a zip at the same 64 MiB per file', () => {
    const zip = zipSync({ 'bomb.fit.gz': gzipSync(new Uint8Array(65 * MiB)), 'run.fit': good });
    const outcome = importZip('bomb.zip', zip);
    expect(codes(outcome)).toEqual([['bomb.zip/bomb.fit.gz', 'too-large']]);
    expect(outcome.activities).toHaveLength(1);
  });

  it('reads no further once a zip unpacks past maxUnpackedBytes, and keeps what came before', () => {
    // 4 MiB rather than the default 1 GiB only for speed: the rule is the same at any size.
    const limits = { maxUnpackedBytes: 4 * MiB };
    const zip = zipSync({
      'run.fit': good,
      'zeros-1.bin': new Uint8Array(3 * MiB),
      'zeros-2.bin': new Uint8Array(3 * MiB),
      'late.tcx': fixtureBytes('tcx/garmin-fr305-run-3tracks-small.tcx'),
    });
    const outcome = importZip('big.zip', zip, limits);
    expect(outcome.activities.map((a) => a.file)).toEqual(['big.zip/run.fit']);
    expect(outcome.problems).toEqual([
      { file: 'big.zip/zeros-1.bin', code: 'unsupported-format', message: expect.any(String) },
      {
        file: 'big.zip',
        code: 'too-large',
        message: 'The archive unpacks to more than 4194304 bytes; the rest was not read.',
      },
    ]);
  });

  it('counts a gzip inside the zip against the zip total too', () => {
    const limits = { maxUnpackedBytes: 2 * MiB };
    const zip = zipSync({ 'run.fit': good, 'zeros.fit.gz': gzipSync(new Uint8Array(3 * MiB)) });
    const outcome = importZip('big.zip', zip, limits);
    expect(codes(outcome)).toEqual([['big.zip', 'too-large']]);
    expect(outcome.activities).toHaveLength(1);
  });

  it('reads no further than maxEntries entries', () => {
    const zip = zipSync({ 'a.fit': good, 'b.txt': strToU8('b'), 'c.fit': good });
    const outcome = importZip('many.zip', zip, { maxEntries: 2 });
    expect(codes(outcome)).toEqual([
      ['many.zip/b.txt', 'unsupported-format'],
      ['many.zip', 'too-large'],
    ]);
    expect(outcome.activities.map((a) => a.file)).toEqual(['many.zip/a.fit']);
  });

  it('reports a truncated FIT inside a zip on that entry; the other entries import', () => {
    const fenix = fixtureBytes('fit/garmin-fenix2-run-4laps.fit');
    const zip = zipSync({ 'cut.fit': fenix.subarray(0, fenix.length >> 1), 'run.fit': good });
    const outcome = importZip('runs.zip', zip);
    expect(codes(outcome)).toEqual([['runs.zip/cut.fit', 'truncated']]);
    expect(outcome.activities.map((a) => a.file)).toContain('runs.zip/run.fit');
  });

  it('reports a zip cut in half as truncated, keeping the entries before the cut', () => {
    const zip = zipSync({
      'run.fit': good,
      'fenix.fit': fixtureBytes('fit/garmin-fenix2-run-4laps.fit'),
    });
    const outcome = importZip('cut.zip', zip.subarray(0, zip.length >> 1));
    expect(codes(outcome)).toEqual([['cut.zip', 'truncated']]);
    expect(outcome.problems[0]?.message).toBe(
      'The archive is cut off inside fenix.fit; the entries before it were read.',
    );
    expect(outcome.activities.map((a) => a.file)).toEqual(['cut.zip/run.fit']);
  });

  it('reports corrupted zip bytes with coded problems, never a throw, and keeps what it could read', () => {
    const zip = stravaExportZip();
    const damaged = zip.slice();
    // Garbage over the start of the second entry's compressed data (its header is ~50 bytes).
    const second = damaged.findIndex(
      (_, i) => i > 0 && damaged[i] === 0x50 && damaged[i + 1] === 0x4b && damaged[i + 2] === 3,
    );
    damaged.fill(0xa5, second + 80, second + 200);
    const outcome = importZip('e.zip', damaged);
    expect(codes(outcome)).toEqual([['e.zip/activities/1001.fit.gz', 'corrupted']]);
    // The row stands in for the damaged recording; the other recording still wins over its row.
    expect(outcome.activities.map((a) => [a.file, a.format])).toEqual([
      ['e.zip/activities/1001.fit.gz', 'strava-csv'],
      ['e.zip/activities/1002.tcx.gz', 'tcx'],
      ['e.zip/activities/1003.gpx.gz', 'strava-csv'],
    ]);
  });

  it('reports a stored .fit.gz that fflate cuts short at a signature in its data, never silently', () => {
    // A streaming writer's stored entry, sizes after the data: fflate ends it at the first
    // "PK\x07\x08" it meets, here in the gzip header's file name, and says nothing; the gzip's own
    // checks do.
    const gz = gzipSync(good, { filename: 'run\u0050\u004b\u0007\u0008.fit' });
    const zip = streamedZip([
      ['activities/1.fit.gz', gz, true],
      ['activities/2.fit', good, false],
    ]);
    const outcome = importZip('e.zip', zip);
    expect(codes(outcome)).toEqual([['e.zip/activities/1.fit.gz', 'truncated']]);
    expect(outcome.activities.map((a) => a.file)).toEqual(['e.zip/activities/2.fit']);
  });

  it('does not open a zip inside a zip', () => {
    const inner = zipSync({ 'run.fit': good });
    const outcome = importZip('outer.zip', zipSync({ 'inner.zip': inner, 'run.fit': good }));
    expect(codes(outcome)).toEqual([['outer.zip/inner.zip', 'unsupported-format']]);
    expect(outcome.activities.map((a) => a.file)).toEqual(['outer.zip/run.fit']);
  });
});

describe('ActivityImport across files', () => {
  it('takes whole files and zips in one import, counts zip entries as files, and merges across them', () => {
    const fit = fixtureBytes('fit/garmin-fr110-run-5laps.fit');
    const importer = new ActivityImport();
    importer.addFile('run.fit', fit);
    importer.addFile('notes.txt', strToU8('not a run'));
    const zip = importer.openZip('copy.zip');
    zip.push(zipSync({ 'again.fit.gz': gzipSync(fit), 'folder/': new Uint8Array(0) }));
    zip.end();
    const outcome = importer.finish();
    expect(outcome.files).toBe(3);
    expect(outcome.activities.map((a) => a.file)).toEqual(['run.fit']);
    expect(outcome.duplicatesMerged).toBe(1);
    expect(codes(outcome)).toEqual([['notes.txt', 'unsupported-format']]);
  });

  it('refuses a whole file over maxFileBytes without reading it', () => {
    const importer = new ActivityImport({ maxFileBytes: 1000 });
    importer.addFile('run.fit', fixtureBytes('fit/garmin-fr110-run-5laps.fit'));
    expect(codes(importer.finish())).toEqual([['run.fit', 'too-large']]);
  });

  it('ends a zip still open at finish, as cut off, and counts an unreadable zip as one file', () => {
    const importer = new ActivityImport();
    const zip = stravaExportZip();
    importer.openZip('partial.zip').push(zip.subarray(0, 100));
    const outcome = importer.finish();
    expect(codes(outcome)).toEqual([['partial.zip', 'truncated']]);
    expect(outcome.files).toBe(1);
  });
});
