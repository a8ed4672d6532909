import { resolve } from 'node:path';
import {
  type Activity,
  ActivityImport,
  activityJson,
  DEFAULT_IMPORT_LIMITS,
  detectFormat,
  type ImportProblem,
  parseActivityBytes,
} from '@runstrong/activities';
import { chooseOne, parseOptions, splitPositionals } from '../args';
import { CliError } from '../cli-error';
import {
  type ActivityFile,
  isFile,
  listActivityFiles,
  readActivityBytes,
  readHead,
  streamActivityFile,
} from '../input/read-activity-files';
import type { ResolvedIo } from '../io';
import { renderTable } from '../render/table';
import type { Command } from './command';

const FORMATS = ['table', 'json'] as const;

const OPTIONS = {
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The importer's problem codes, plus one for a file the CLI could not read at all. */
export interface Problem {
  file: string;
  code: ImportProblem['code'] | 'unreadable';
  message: string;
}

/** Progress is drawn only on a terminal, for imports of more files than this… */
const PROGRESS_MIN_FILES = 20;
/** …or while reading a zip at least this big (one 1 GB export is a big import too). */
const PROGRESS_MIN_ZIP_BYTES = 16 * 1024 * 1024;
const PROGRESS_WIDTH = 20;
/** Enough to recognise a zip (PK 3 4, or PK 5 6 when empty). */
const ZIP_SIGNATURE_BYTES = 4;

const MiB = 1024 * 1024;

/** Progress only for a person watching: stderr is a terminal and TERM says so (tests pass no env). */
const showsProgress = (io: ResolvedIo): boolean =>
  process.stderr.isTTY === true && io.env.TERM !== undefined && io.env.TERM !== 'dumb';

interface ZipProgress {
  name: string;
  read: number;
  size: number;
}

/** One line on stderr, redrawn in place: files done of all, and inside a big zip its bytes read. */
export const progressLine = (io: Pick<ResolvedIo, 'stderr'>) => {
  let last = '';
  return (done: number, total: number, zip?: ZipProgress): void => {
    const fraction =
      total === 0 ? 1 : (done + (zip ? zip.read / Math.max(1, zip.size) : 0)) / total;
    const filled = Math.min(PROGRESS_WIDTH, Math.round(fraction * PROGRESS_WIDTH));
    const inZip = zip
      ? ` ${zip.name} ${(zip.read / MiB).toFixed(0)}/${(zip.size / MiB).toFixed(0)} MiB`
      : '';
    const text = `[${'#'.repeat(filled)}${'.'.repeat(PROGRESS_WIDTH - filled)}] ${done}/${total}${inZip}`;
    if (text === last) return;
    last = text;
    // \x1b[K clears what a longer line (a zip's) left behind.
    io.stderr(`\r${text}\x1b[K${done === total && !zip ? '\n' : ''}`);
  };
};

/**
 * The files a Strava activities.csv names, beside it as the importer places them
 * (`export/activities.csv` names `export/activities/1.fit.gz`), to be imported too.
 */
const filesNamedBy = (csv: ActivityFile, bytes: Uint8Array): string[] => {
  const format = detectFormat(csv.shown, bytes);
  // A gzipped CSV is looked into only by its name: gunzipping every .fit.gz twice would not do.
  if (format !== 'strava-csv' && !(format === 'gzip' && /\.csv\.gz$/i.test(csv.shown))) return [];
  const folder = csv.shown.slice(
    0,
    Math.max(csv.shown.lastIndexOf('/'), csv.shown.lastIndexOf('\\')) + 1,
  );
  const named = parseActivityBytes(csv.shown, bytes).activities.map((a) => a.file);
  return [...new Set(named)].filter((file) => file !== csv.shown).map((file) => `${folder}${file}`);
};

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
  const importer = new ActivityImport();
  const readProblems: Problem[] = [];
  /** Files the importer never saw, because they could not be read: counted here. */
  let unread = 0;
  const tty = showsProgress(io);
  const draw = progressLine(io);
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    if (file === undefined) continue;
    const head = await readHead(file.absolute, ZIP_SIGNATURE_BYTES);
    if ('problem' in head) {
      unread += 1;
      readProblems.push({ file: file.shown, code: head.problem, message: head.message });
    } else if (detectFormat(file.shown, head.head) === 'zip') {
      // Streamed from disk: a zip is never held whole, whatever its size.
      const zip = importer.openZip(file.shown);
      const shown = { name: file.shown, read: 0, size: head.size };
      const bar = tty && (queue.length > PROGRESS_MIN_FILES || head.size >= PROGRESS_MIN_ZIP_BYTES);
      const failed = await streamActivityFile(file.absolute, (chunk) => {
        zip.push(chunk);
        shown.read += chunk.length;
        if (bar) draw(i, queue.length, shown);
      });
      zip.end();
      if (failed)
        readProblems.push({ file: file.shown, code: failed.problem, message: failed.message });
      if (bar && queue.length <= PROGRESS_MIN_FILES) io.stderr('\n');
    } else {
      const read = await readActivityBytes(file.absolute);
      if ('problem' in read) {
        unread += 1;
        readProblems.push({ file: file.shown, code: read.problem, message: read.message });
      } else {
        importer.addFile(file.shown, read.bytes);
        for (const named of filesNamedBy(file, read.bytes)) {
          const absolute = resolve(io.cwd, named);
          if (queued.has(absolute) || !(await isFile(absolute))) continue;
          queued.add(absolute);
          queue.push({ shown: named, absolute });
        }
      }
    }
    if (tty && queue.length > PROGRESS_MIN_FILES) draw(i + 1, queue.length);
  }
  const outcome = importer.finish();
  return {
    activities: outcome.activities,
    problems: [...outcome.problems, ...readProblems],
    files: outcome.files + unread,
    duplicatesMerged: outcome.duplicatesMerged,
  };
};

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
  summary:
    'Read run files (FIT, GPX, TCX, Strava export folder or zip, gzipped or not) into activity summaries',
  usage: [
    'runstrong import FILE|DIR|ZIP... [--format table|json]',
    '  FILE|DIR|ZIP      files, folders read recursively (hidden files skipped), or zip archives,',
    '                    e.g. a Strava bulk export as its folder or its .zip: activities.csv and',
    '                    the files it names (.gz too); a zip is read as a stream, never whole',
    '  --format FORMAT   table (default) or json',
    `Limits: a file may be or unpack to ${DEFAULT_IMPORT_LIMITS.maxFileBytes / MiB} MiB; a zip may hold ${DEFAULT_IMPORT_LIMITS.maxEntries} entries`,
    `and unpack to ${DEFAULT_IMPORT_LIMITS.maxUnpackedBytes / MiB / 1024} GiB in all (past that, the rest of it is not read).`,
    'The same activity found twice (start within 60 s, distance within 2 %) is kept once.',
    'A file that cannot be read is reported as a problem and the other files are still imported.',
    'Exit code: 0 when at least one activity was imported or no file had a problem; 2 when every',
    'file failed, or a path does not exist.',
  ],
  run: async (args, io) => {
    const { positionals: paths, options } = splitPositionals(args, OPTIONS);
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
        activities: result.activities.map(activityJson),
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
