import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Decoder, Stream } from '@garmin/fitsdk';
import {
  ActivityImport,
  detectFormat,
  type ParseResult,
  parseFit,
  parseGpx,
  parseStravaActivitiesCsv,
  parseTcx,
} from '@runstrong/activities';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { gzipSync, zipSync } from 'fflate';

/**
 * The import benchmark: every FIT, GPX, TCX and CSV fixture imported from its bytes (format
 * detection, text decoding, parsing) round after round for about 2 s, each file timed beside a
 * baseline that does the bare library work on the same bytes in the same round: the Garmin SDK's
 * decode for FIT, fast-xml-parser for GPX and TCX, csv-parse for CSV. The FIT figures also give
 * the ratio of `parseFit` to the bare SDK decode (same bytes, same iterations). Then a synthetic
 * Strava export of 650 runs, parsed 20 times beside bare csv-parse. Then a Strava-shaped zip
 * (activities.csv and every fixture gzipped under activities/) imported through ActivityImport
 * beside the same files imported loose, round after round for about 2 s.
 *
 * Targets (reported, not asserted): our FIT import ≥ 0.8 of the bare decode's speed.
 */

const FIXTURES = new URL('../../shared/fixtures/activities/', import.meta.url);
const FORMATS = ['fit', 'gpx', 'tcx', 'csv'] as const;
type Format = (typeof FORMATS)[number];
const SECONDS = 2;
const FIT_TARGET = 0.8;
const STRAVA_ROWS = 650;
const STRAVA_PARSES = 20;

interface Fixture {
  name: string;
  format: Format;
  bytes: Uint8Array;
}

const utf8 = new TextDecoder('utf-8');

/** Our import of one file, from its bytes, as the app does it. */
const importFile = (name: string, bytes: Uint8Array): ParseResult | null => {
  switch (detectFormat(name, bytes)) {
    case 'fit':
      return parseFit(bytes, name);
    case 'gpx':
      return parseGpx(utf8.decode(bytes), name);
    case 'tcx':
      return parseTcx(utf8.decode(bytes), name);
    case 'strava-csv':
      return parseStravaActivitiesCsv(utf8.decode(bytes), name);
    default:
      return null;
  }
};

const xmlParser = new XMLParser({ ignoreAttributes: false });

/** The bare library work on the same bytes: no detection, no validation, no summaries. */
const bareDecode = (format: Format, bytes: Uint8Array): unknown => {
  if (format === 'fit') {
    try {
      return new Decoder(Stream.fromByteArray(bytes)).read();
    } catch {
      return null;
    }
  }
  const text = utf8.decode(bytes);
  return format === 'csv' ? parseCsv(text, { relax_column_count: true }) : xmlParser.parse(text);
};

/** Every fixture that gives at least one activity; the ones that give only problems are skipped. */
const loadFixtures = (): { fixtures: Fixture[]; skipped: string[] } => {
  const fixtures: Fixture[] = [];
  const skipped: string[] = [];
  for (const format of FORMATS) {
    const dir = new URL(`${format}/`, FIXTURES);
    for (const name of readdirSync(dir).sort()) {
      const bytes = new Uint8Array(readFileSync(new URL(name, dir)));
      const result = importFile(name, bytes);
      if (result === null || result.activities.length === 0) skipped.push(name);
      else fixtures.push({ name, format, bytes });
    }
  }
  return { fixtures, skipped };
};

interface Tally {
  bytes: number;
  ours: number;
  bare: number;
  iterations: number;
}

const emptyTally = (): Tally => ({ bytes: 0, ours: 0, bare: 0, iterations: 0 });

const add = (tally: Tally, bytes: number, ours: number, bare: number) => {
  tally.bytes += bytes;
  tally.ours += ours;
  tally.bare += bare;
  tally.iterations += 1;
};

const mbPerSecond = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);

/** Rounds over every fixture until our side has used SECONDS; each file timed beside its baseline. */
const measureFixtures = (fixtures: readonly Fixture[]) => {
  // Warm the JIT on one round of each side so both measure steady state.
  for (const f of fixtures) {
    importFile(f.name, f.bytes);
    bareDecode(f.format, f.bytes);
  }
  const perFormat = new Map<Format, Tally>(FORMATS.map((f) => [f, emptyTally()]));
  const overall = emptyTally();
  let rounds = 0;
  while (overall.ours < SECONDS * 1000) {
    rounds += 1;
    for (const f of fixtures) {
      const t0 = performance.now();
      importFile(f.name, f.bytes);
      const t1 = performance.now();
      bareDecode(f.format, f.bytes);
      const t2 = performance.now();
      add(overall, f.bytes.length, t1 - t0, t2 - t1);
      const tally = perFormat.get(f.format);
      if (tally !== undefined) add(tally, f.bytes.length, t1 - t0, t2 - t1);
    }
  }
  return { rounds, perFormat, overall };
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Strava's "Oct 5, 2014, 4:15:21 PM", for the given day and the time of day of `original`. */
const stravaDate = (day: Date, original: string): string => {
  const time = /(\d{1,2}:\d{2}:\d{2} [AP]M)$/.exec(original)?.[1] ?? '7:00:00 AM';
  return `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}, ${time}`;
};

const csvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/**
 * A Strava activities.csv of STRAVA_ROWS runs: the fixture's runs repeated in turn, each copy
 * with its own Activity ID and a date one day after the previous row's.
 */
const syntheticStravaExport = (fixtureCsv: string): string => {
  const [header, ...rows] = parseCsv(fixtureCsv, { relax_column_count: true }) as string[][];
  if (header === undefined) throw new Error('the fixture CSV has no header');
  const typeColumn = header.indexOf('Activity Type');
  const runs = rows.filter((row) => row[typeColumn] === 'Run');
  const source = runs.length > 0 ? runs : rows;
  const firstDay = Date.UTC(2024, 0, 1);
  const lines = [header.map(csvField).join(',')];
  for (let i = 0; i < STRAVA_ROWS; i++) {
    const row = [...(source[i % source.length] ?? [])];
    row[0] = String(9_000_000_000 + i);
    row[1] = stravaDate(new Date(firstDay + i * 86_400_000), row[1] ?? '');
    lines.push(row.map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
};

const measureStrava = (csv: string) => {
  const bytes = new TextEncoder().encode(csv).length;
  const name = 'activities.csv';
  // One untimed parse each, to warm up and to count what the export gives.
  const check = parseStravaActivitiesCsv(csv, name);
  parseCsv(csv, { relax_column_count: true });
  let ours = 0;
  let bare = 0;
  for (let i = 0; i < STRAVA_PARSES; i++) {
    const t0 = performance.now();
    parseStravaActivitiesCsv(csv, name);
    const t1 = performance.now();
    parseCsv(csv, { relax_column_count: true });
    bare += performance.now() - t1;
    ours += t1 - t0;
  }
  return {
    bytes,
    ours,
    bare,
    activities: check.activities.length,
    problems: check.problems.length,
  };
};

/** Zip import against the same gzipped files added one by one: what unzipping costs. */
const measureZip = (fixtures: readonly Fixture[]) => {
  const loose = fixtures.map((f) =>
    f.format === 'csv'
      ? { name: 'activities.csv', bytes: f.bytes }
      : { name: `activities/${f.name}.gz`, bytes: gzipSync(f.bytes) },
  );
  const zip = zipSync(Object.fromEntries(loose.map((f) => [f.name, f.bytes])));
  const viaZip = () => {
    const importer = new ActivityImport();
    importer.addFile('export.zip', zip);
    return importer.finish();
  };
  const viaFiles = () => {
    const importer = new ActivityImport();
    for (const f of loose) importer.addFile(f.name, f.bytes);
    return importer.finish();
  };
  const outcome = viaZip();
  viaFiles();
  let zipMs = 0;
  let filesMs = 0;
  let rounds = 0;
  while (zipMs < SECONDS * 1000) {
    const t0 = performance.now();
    viaZip();
    const t1 = performance.now();
    viaFiles();
    filesMs += performance.now() - t1;
    zipMs += t1 - t0;
    rounds++;
  }
  return { zipBytes: zip.length, files: loose.length, rounds, zipMs, filesMs, outcome };
};

export const benchImport = async (): Promise<string[]> => {
  const { fixtures, skipped } = loadFixtures();
  const { rounds, perFormat, overall } = measureFixtures(fixtures);
  const csvFixture = fixtures.find((f) => f.format === 'csv');
  const strava =
    csvFixture === undefined
      ? null
      : measureStrava(syntheticStravaExport(utf8.decode(csvFixture.bytes)));

  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  const speed = (t: Tally) =>
    `${mbPerSecond(t.bytes, t.ours).toFixed(1)} MB/s   baseline ${mbPerSecond(t.bytes, t.bare).toFixed(1)} MB/s   ratio ${(t.bare / t.ours).toFixed(2)}`;
  const lines = [
    `import: ${fixtures.length} fixtures (${mb(fixtures.reduce((n, f) => n + f.bytes.length, 0))}), ${rounds} rounds`,
    `  all formats: ${speed(overall)}`,
  ];
  for (const format of FORMATS) {
    const t = perFormat.get(format);
    const count = fixtures.filter((f) => f.format === format).length;
    if (t !== undefined && count > 0) lines.push(`  ${format} (${count}): ${speed(t)}`);
  }
  lines.push(
    '  (baseline: bare SDK decode for FIT, fast-xml-parser for GPX/TCX, csv-parse for CSV; ratio = our speed / baseline speed)',
  );
  if (skipped.length > 0) lines.push(`  skipped (only problems): ${skipped.join(', ')}`);

  const fit = perFormat.get('fit');
  if (fit !== undefined && fit.iterations > 0) {
    const ratio = fit.bare / fit.ours;
    lines.push(
      `  FIT: parseFit / bare SDK decode speed over ${fit.iterations} decodes each: ${ratio.toFixed(2)} (target: ≥ ${FIT_TARGET}) — ${ratio >= FIT_TARGET ? 'met' : 'missed'}`,
    );
  }

  if (strava !== null) {
    const rowsPerSecond = (ms: number) => ((STRAVA_ROWS * STRAVA_PARSES) / ms) * 1000;
    lines.push(
      `strava export: ${STRAVA_ROWS} synthetic runs (${mb(strava.bytes)}) parsed ${STRAVA_PARSES}× — ${strava.activities} activities, ${strava.problems} problems`,
      `  rows/s ${rowsPerSecond(strava.ours).toFixed(0)}   ${mbPerSecond(strava.bytes * STRAVA_PARSES, strava.ours).toFixed(1)} MB/s`,
      `  baseline (bare csv-parse): rows/s ${rowsPerSecond(strava.bare).toFixed(0)}   ${mbPerSecond(strava.bytes * STRAVA_PARSES, strava.bare).toFixed(1)} MB/s   ratio ${(strava.bare / strava.ours).toFixed(2)}`,
    );
  }
  const z = measureZip(fixtures);
  lines.push(
    `strava zip: ${z.files} files (${mb(z.zipBytes)} zipped) → ${z.outcome.activities.length} activities, ${z.rounds} rounds: ${mbPerSecond(z.zipBytes * z.rounds, z.zipMs).toFixed(1)} MB/s of zip   same files loose ${mbPerSecond(z.zipBytes * z.rounds, z.filesMs).toFixed(1)} MB/s   ratio ${(z.filesMs / z.zipMs).toFixed(2)}`,
  );
  return lines;
};
