import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  type Activity,
  detectFormat,
  type ImportProblem,
  parseFit,
  parseGpx,
  parseStravaActivitiesCsv,
  parseTcx,
} from '@runstrong/activities';
import { chooseOne, parseOptions } from '../args';
import { CliError } from '../cli-error';
import {
  type ActivityFile,
  isFile,
  listActivityFiles,
  MAX_FILE_BYTES,
  readActivityBytes,
} from '../input/read-activity-files';
import type { ResolvedIo } from '../io';
import { renderTable } from '../render/table';
import type { Command } from './command';

const FORMATS = ['table', 'json'] as const;

const OPTIONS = {
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The parsers' problem codes, plus one for a file the CLI could not read at all. */
export interface Problem {
  file: string;
  code: ImportProblem['code'] | 'unreadable';
  message: string;
}

export interface FileResult {
  activities: Activity[];
  problems: Problem[];
}

/** Progress is drawn only on a terminal and only for imports bigger than this many files. */
const PROGRESS_MIN_FILES = 20;
const PROGRESS_WIDTH = 20;
/** Duplicates: starts at most this far apart… */
const SAME_START_MS = 60_000;
/** …and distances within this fraction of each other. */
const SAME_DISTANCE = 0.02;

/**
 * Positionals are paths; the rest goes to the strict option parser, so a wrong flag gets the same
 * message as in every other command. `--` ends the options (for a file named "-x.gpx").
 */
const splitArgs = (args: readonly string[]): { paths: string[]; options: string[] } => {
  const paths: string[] = [];
  const options: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    options.push(arg);
    const next = args[i + 1];
    if (arg === '--format' && next !== undefined && !next.startsWith('-')) {
      options.push(next);
      i++;
    }
  }
  return { paths, options };
};

const problem = (file: string, code: Problem['code'], message: string): FileResult => ({
  activities: [],
  problems: [{ file, code, message }],
});

const errnoOf = (error: unknown): string | undefined =>
  error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

/** Text of a file, honouring a UTF-16 byte-order mark (TextDecoder drops a UTF-8 one). */
const decodeText = (bytes: Uint8Array): string => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
};

const gunzip = (file: string, bytes: Uint8Array): Uint8Array | FileResult => {
  try {
    return new Uint8Array(gunzipSync(bytes, { maxOutputLength: MAX_FILE_BYTES }));
  } catch (error) {
    if (errnoOf(error) === 'ERR_BUFFER_TOO_LARGE') {
      return problem(
        file,
        'too-large',
        `The file unpacks to more than ${MAX_FILE_BYTES} bytes; it was not read further.`,
      );
    }
    const message = error instanceof Error ? error.message : String(error);
    return errnoOf(error) === 'Z_BUF_ERROR'
      ? problem(file, 'truncated', `The gzip data is cut off: ${message}`)
      : problem(file, 'corrupted', `The gzip data is damaged: ${message}`);
  }
};

/**
 * One file's bytes to activities and problems: gzip is unpacked once (to at most 64 MiB), the
 * format is read from the bytes, never the name. Never throws: a parser failure is a problem.
 */
export const parseActivityBytes = (file: string, raw: Uint8Array): FileResult => {
  let bytes = raw;
  let format = detectFormat(file, bytes);
  if (format === 'gzip') {
    const unpacked = gunzip(file, bytes);
    if (!(unpacked instanceof Uint8Array)) return unpacked;
    bytes = unpacked;
    format = detectFormat(file, bytes);
  }
  try {
    switch (format) {
      case 'fit':
        return parseFit(bytes, file);
      case 'gpx':
        return parseGpx(decodeText(bytes), file);
      case 'tcx':
        return parseTcx(decodeText(bytes), file);
      case 'strava-csv':
        return parseStravaActivitiesCsv(decodeText(bytes), file);
      case 'zip':
        return problem(
          file,
          'unsupported-format',
          'A zip archive: unzip it and import the folder.',
        );
      case 'gzip':
        return problem(file, 'unsupported-format', 'A gzip file inside a gzip file is not read.');
      default:
        return problem(
          file,
          'unsupported-format',
          'Not a FIT, GPX, TCX or Strava activities.csv file (optionally gzipped).',
        );
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return problem(file, 'corrupted', `The file could not be parsed: ${message.split('\n')[0]}`);
  }
};

const startMs = (a: Activity): number | null => (a.start === null ? null : Date.parse(a.start));

const sameDistance = (a: number | null, b: number | null): boolean =>
  a === null || b === null
    ? a === b
    : Math.abs(a - b) <= SAME_DISTANCE * Math.max(Math.abs(a), Math.abs(b));

/** The same run recorded twice (watch file and Strava, or one file under two names). */
export const isSameActivity = (a: Activity, b: Activity): boolean => {
  const sa = startMs(a);
  const sb = startMs(b);
  return (
    a.sport === b.sport &&
    sa !== null &&
    sb !== null &&
    !Number.isNaN(sa) &&
    !Number.isNaN(sb) &&
    Math.abs(sa - sb) <= SAME_START_MS &&
    sameDistance(a.distanceMeters, b.distanceMeters)
  );
};

/** Laps and heart rate beat a bare summary; a recording beats a CSV row. */
const richness = (a: Activity): number =>
  (a.laps.length > 0 ? 4 : 0) +
  (a.avgHeartRate !== null || a.maxHeartRate !== null ? 2 : 0) +
  (a.format === 'strava-csv' ? 0 : 1);

/** Keeps one of each set of duplicates — the richest, the first on a tie — in first-seen order. */
export const mergeDuplicates = (all: readonly Activity[]): { kept: Activity[]; merged: number } => {
  const kept: Activity[] = [];
  let merged = 0;
  for (const activity of all) {
    const at = kept.findIndex((k) => isSameActivity(k, activity));
    if (at < 0) {
      kept.push(activity);
      continue;
    }
    merged++;
    const existing = kept[at];
    if (existing !== undefined && richness(activity) > richness(existing)) kept[at] = activity;
  }
  return { kept, merged };
};

/**
 * A Strava CSV names its files relative to the export folder: show them from where the CSV is, and
 * return the ones that exist so they are imported too.
 */
const placeCsvFiles = (csv: ActivityFile, result: FileResult): FileResult => {
  const place = (file: string): string =>
    file === csv.shown ? file : join(dirname(csv.shown), file);
  return {
    activities: result.activities.map((a) => ({ ...a, file: place(a.file) })),
    problems: result.problems.map((p) => ({ ...p, file: place(p.file) })),
  };
};

const progress = (io: ResolvedIo, done: number, total: number): void => {
  const filled = Math.round((done / total) * PROGRESS_WIDTH);
  io.stderr(
    `\r[${'#'.repeat(filled)}${'.'.repeat(PROGRESS_WIDTH - filled)}] ${done}/${total}${done === total ? '\n' : ''}`,
  );
};

/** Progress only for a person watching: stderr is a terminal and TERM says so (tests pass no env). */
const showsProgress = (io: ResolvedIo): boolean =>
  process.stderr.isTTY === true && io.env.TERM !== undefined && io.env.TERM !== 'dumb';

export interface ImportResult {
  activities: Activity[];
  problems: Problem[];
  files: number;
  duplicatesMerged: number;
}

export const importPaths = async (
  paths: readonly string[],
  io: ResolvedIo,
): Promise<ImportResult> => {
  const queue = await listActivityFiles('import', paths, io.cwd);
  const queued = new Set(queue.map((f) => f.absolute));
  const activities: Activity[] = [];
  const problems: Problem[] = [];
  const tty = showsProgress(io);
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    if (file === undefined) continue;
    const read = await readActivityBytes(file.absolute);
    let result: FileResult;
    if ('problem' in read) {
      result = problem(file.shown, read.problem, read.message);
    } else {
      result = parseActivityBytes(file.shown, read.bytes);
      if (result.activities.some((a) => a.format === 'strava-csv')) {
        result = placeCsvFiles(file, result);
        for (const named of new Set(result.activities.map((a) => a.file))) {
          const absolute = resolve(io.cwd, named);
          if (named === file.shown || queued.has(absolute) || !(await isFile(absolute))) continue;
          queued.add(absolute);
          queue.push({ shown: named, absolute });
        }
      }
    }
    activities.push(...result.activities);
    problems.push(...result.problems);
    if (tty && queue.length > PROGRESS_MIN_FILES) progress(io, i + 1, queue.length);
  }
  const { kept, merged } = mergeDuplicates(activities);
  return { activities: kept, problems, files: queue.length, duplicatesMerged: merged };
};

/** The public fields first, in its order; the extra fields after. */
const toJson = (a: Activity) => ({
  file: a.file,
  sport: a.sport,
  start: a.start,
  elapsedSeconds: a.elapsedSeconds,
  movingSeconds: a.movingSeconds,
  distanceMeters: a.distanceMeters,
  elevationGainMeters: a.elevationGainMeters,
  avgHeartRate: a.avgHeartRate,
  maxHeartRate: a.maxHeartRate,
  laps: a.laps,
  format: a.format,
  indexInFile: a.indexInFile,
  subSport: a.subSport,
  startIsDeviceRelative: a.startIsDeviceRelative,
  hasGps: a.hasGps,
});

/** 3725.4 → "1:02:05". */
export const formatDuration = (seconds: number): string => {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
};

const renderText = (result: ImportResult): string => {
  const lines: string[] = [];
  if (result.activities.length > 0) {
    const rows = result.activities.map((a) => [
      a.file,
      a.sport,
      a.start ?? (a.startIsDeviceRelative ? 'device-relative' : '—'),
      formatDuration(a.elapsedSeconds),
      a.distanceMeters === null ? '—' : (a.distanceMeters / 1000).toFixed(2),
      a.avgHeartRate === null ? '—' : String(Math.round(a.avgHeartRate)),
    ]);
    lines.push(renderTable(['file', 'sport', 'start', 'time', 'km', 'avg HR'], rows));
  }
  for (const p of result.problems) lines.push(`problem: ${p.file}: ${p.code}: ${p.message}`);
  lines.push(
    `${result.activities.length} activities from ${result.files} files, ${result.problems.length} problems, ${result.duplicatesMerged} duplicates merged`,
  );
  return `${lines.join('\n')}\n`;
};

export const importCommand: Command = {
  name: 'import',
  summary: 'Read run files (FIT, GPX, TCX, Strava export, gzipped or not) into activity summaries',
  usage: [
    'runstrong import FILE|DIR... [--format table|json]',
    '  FILE|DIR          files, or folders read recursively (hidden files skipped), e.g. a Strava',
    '                    export folder: its activities.csv and the files it names',
    '  --format FORMAT   table (default) or json',
    'The same activity found twice (start within 60 s, distance within 2 %) is kept once.',
    'A file that cannot be read is reported as a problem and the other files are still imported.',
    'Exit code: 0 when at least one activity was imported or no file had a problem; 2 when every',
    'file failed, or a path does not exist.',
  ],
  run: async (args, io) => {
    const { paths, options } = splitArgs(args);
    const values = parseOptions('import', options, OPTIONS);
    const format = chooseOne('import', 'format', values.format, FORMATS, 'table');
    if (paths.length === 0) {
      throw new CliError(
        'missing-option',
        'runstrong import: give at least one file or folder to import',
      );
    }
    const result = await importPaths(paths, io);
    if (format === 'json') {
      const json = {
        activities: result.activities.map(toJson),
        problems: result.problems,
        duplicatesMerged: result.duplicatesMerged,
      };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      io.stdout(renderText(result));
    }
    if (result.activities.length === 0 && result.problems.length > 0) {
      throw new CliError(
        'file-unreadable',
        `runstrong import: no activity could be imported from ${result.files} files`,
      );
    }
  },
};
