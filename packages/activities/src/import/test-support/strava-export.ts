/**
 * Test support for the import tests (not a test itself, not used by the importer): fixture bytes,
 * and Strava-export-shaped zips built from them at test time with fflate.
 */
// biome-ignore lint/style/noRestrictedImports: tests read the shared fixture files; the importer itself does no I/O.
import { readFileSync } from 'node:fs';
import { gzipSync, strToU8, Zip, ZipDeflate, ZipPassThrough, type Zippable, zipSync } from 'fflate';

/** A fixture from /work/shared/fixtures/activities (../shared beside the checkout in CI). */
export const fixtureBytes = (path: string): Uint8Array =>
  new Uint8Array(
    readFileSync(new URL(`../../../../../../shared/fixtures/activities/${path}`, import.meta.url)),
  );

/** The real header of a Strava activities.csv: the fixture's first line. */
export const STRAVA_HEADER = new TextDecoder()
  .decode(fixtureBytes('csv/strava-export-activities.csv').subarray(0, 4096))
  .split('\n')[0] as string;

/** Column positions in STRAVA_HEADER (its five duplicated names: first block, then detail). */
const COLUMN = {
  id: 0,
  date: 1,
  name: 2,
  type: 3,
  elapsed: 5,
  distanceKm: 6,
  filename: 12,
  elapsedDetail: 15,
  moving: 16,
  distanceMeters: 17,
} as const;

export interface StravaRow {
  id: string;
  /** As Strava writes it, en-US in UTC: "Aug 15, 2015, 2:45:08 PM". */
  date: string;
  type: string;
  elapsedSeconds: number;
  distanceMeters: number;
  filename: string;
}

const csvCell = (value: string): string => (/[",\n]/.test(value) ? `"${value}"` : value);

/** An activities.csv with the real header and one row per `rows`, other cells empty. */
export const stravaCsv = (rows: readonly StravaRow[]): string => {
  const width = STRAVA_HEADER.split(',').length;
  const lines = rows.map((row) => {
    const cells: string[] = Array.from({ length: width }, () => '');
    cells[COLUMN.id] = row.id;
    cells[COLUMN.date] = csvCell(row.date);
    cells[COLUMN.name] = 'Run';
    cells[COLUMN.type] = row.type;
    cells[COLUMN.elapsed] = String(row.elapsedSeconds);
    cells[COLUMN.distanceKm] = (row.distanceMeters / 1000).toFixed(2);
    cells[COLUMN.filename] = row.filename;
    cells[COLUMN.elapsedDetail] = `${row.elapsedSeconds}.0`;
    cells[COLUMN.moving] = `${row.elapsedSeconds}.0`;
    cells[COLUMN.distanceMeters] = String(row.distanceMeters);
    return cells.join(',');
  });
  return `${[STRAVA_HEADER, ...lines].join('\n')}\n`;
};

/**
 * The rows of STRAVA_EXPORT's CSV: two describe the recordings in the zip with the numbers their
 * parser tests assert (the fenix 2 run: 2015-08-15T14:45:08Z, 9.01 km, 47 min; the FR410 run:
 * 2012-12-26T21:29:53Z, 4689.24 m, 1992.78 s); the third names a file the zip does not hold.
 */
export const STRAVA_ROWS: readonly StravaRow[] = [
  {
    id: '1001',
    date: 'Aug 15, 2015, 2:45:08 PM',
    type: 'Run',
    elapsedSeconds: 2820,
    distanceMeters: 9010,
    filename: 'activities/1001.fit.gz',
  },
  {
    id: '1002',
    date: 'Dec 26, 2012, 9:29:53 PM',
    type: 'Run',
    elapsedSeconds: 1993,
    distanceMeters: 4689.2,
    filename: 'activities/1002.tcx.gz',
  },
  {
    id: '1003',
    date: 'Jan 2, 2024, 12:05:00 AM',
    type: 'Run',
    elapsedSeconds: 3600,
    distanceMeters: 10004.2,
    filename: 'activities/1003.gpx.gz',
  },
];

/** A Strava bulk export's shape: activities.csv at the root, the files it names gzipped. */
export const stravaExportFiles = (): Zippable => ({
  'activities.csv': strToU8(stravaCsv(STRAVA_ROWS)),
  'activities/1001.fit.gz': gzipSync(fixtureBytes('fit/garmin-fenix2-run-4laps.fit')),
  'activities/1002.tcx.gz': gzipSync(fixtureBytes('tcx/garmin-fr410-run-3laps-hr.tcx')),
});

export const stravaExportZip = (): Uint8Array => zipSync(stravaExportFiles());

/** A zip of small fixtures, quick to read even a byte at a time. */
export const smallZip = (): Uint8Array =>
  zipSync({
    'runs/tiny.fit': fixtureBytes('fit/garmin-fenix5-run-tiny-hrv.fit'),
    'runs/oregon.gpx.gz': gzipSync(fixtureBytes('gpx/garmin-oregon600-missing-hr-3segs.gpx')),
    'runs/fr305.tcx': fixtureBytes('tcx/garmin-fr305-run-3tracks-small.tcx'),
    'notes.txt': strToU8('not a run'),
  });

/**
 * A zip written as streaming writers (Java's, fflate's Zip) write it: every entry's sizes and CRC
 * in a data descriptor after its data (general purpose bit 3), stored or deflated as asked.
 */
export const streamedZip = (
  entries: readonly [name: string, bytes: Uint8Array, stored: boolean][],
) => {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, bytes, stored] of entries) {
    const file = stored ? new ZipPassThrough(name) : new ZipDeflate(name);
    zip.add(file);
    file.push(bytes, true);
  }
  zip.end();
  const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
};
