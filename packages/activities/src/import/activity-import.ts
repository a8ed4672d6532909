import type { Activity, ImportProblem, ParseResult } from '../activity';
import { type Refusal, ZipReader } from '../archive/zip-reader';
import { detectFormat } from '../detect/detect-format';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';
import {
  NOT_AN_ACTIVITY_FILE,
  parseFile,
  parseUnpacked,
  ZIP_NOT_READ_HERE,
} from './parse-activity-bytes';
import { placeCsvFiles } from './place-csv-files';
import { mergeDuplicates } from './same-activity';

export interface ImportOutcome {
  /** Duplicates merged (the richest kept), in first-seen order. */
  activities: Activity[];
  /** Per file (a zip entry is `<zip>/<path in the zip>`), with stable codes. */
  problems: ImportProblem[];
  /**
   * Files looked at: each file given, a zip counting, like a folder, as the entries in it (not
   * folders, dot files or `__MACOSX/`), or as 1 when none was found in it.
   */
  files: number;
  duplicatesMerged: number;
}

/** A zip fed in chunks as they arrive. A pushed chunk must not be changed afterwards. */
export interface ZipSink {
  push(chunk: Uint8Array): void;
  end(): void;
}

/**
 * An entry's first bytes say whether to read it at all: what is not an activity file (a photo
 * from the export's media/, a PDF) and zips inside the zip are refused without unpacking them.
 */
const checkEntry = (path: string, head: Uint8Array): Refusal | null => {
  if (head.length === 0) return null;
  switch (detectFormat(path, head)) {
    case 'zip':
      return { code: 'unsupported-format', message: ZIP_NOT_READ_HERE };
    case 'unknown':
      return { code: 'unsupported-format', message: NOT_AN_ACTIVITY_FILE };
    default:
      return null;
  }
};

/** Collects one import: whole files and streamed zips, in any order, then merges duplicates. */
export class ActivityImport {
  private readonly limits: ImportLimits;
  private readonly activities: Activity[] = [];
  private readonly problems: ImportProblem[] = [];
  private readonly unended = new Set<ZipSink>();
  private files = 0;

  constructor(limits: Partial<ImportLimits> = {}) {
    this.limits = { ...DEFAULT_IMPORT_LIMITS, ...limits };
  }

  /**
   * One whole file (FIT/GPX/TCX/Strava CSV, optionally gzipped; a zip given whole is read as a
   * zip). Never throws.
   */
  addFile(name: string, bytes: Uint8Array): void {
    if (detectFormat(name, bytes) === 'zip') {
      const zip = this.openZip(name);
      zip.push(bytes);
      zip.end();
      return;
    }
    this.files += 1;
    const { result, format } = parseFile(name, bytes, this.limits);
    this.record(name, result, format === 'strava-csv');
  }

  /**
   * A zip fed in chunks as they arrive (e.g. from an HTTP upload). Entries are parsed as they
   * complete. Never throws; problems are recorded.
   */
  openZip(name: string): ZipSink {
    const reader: ZipReader = new ZipReader(this.limits, {
      check: checkEntry,
      entry: (path, bytes) => this.addEntry(reader, `${name}/${path}`, bytes),
      problem: (path, { code, message }) =>
        this.problems.push({ file: path === null ? name : `${name}/${path}`, code, message }),
    });
    const sink: ZipSink = {
      push: (chunk) => reader.push(chunk),
      end: () => {
        if (!this.unended.delete(sink)) return;
        reader.end();
        this.files += Math.max(1, reader.files);
      },
    };
    this.unended.add(sink);
    return sink;
  }

  /** Everything so far, duplicates merged. A zip not yet ended is ended here (cut off if it is). */
  finish(): ImportOutcome {
    for (const sink of [...this.unended]) sink.end();
    const { kept, merged } = mergeDuplicates(this.activities);
    return {
      activities: kept,
      problems: [...this.problems],
      files: this.files,
      duplicatesMerged: merged,
    };
  }

  /** An entry unpacked within its limit; a gzip in it may spend only what the archive has left. */
  private addEntry(reader: ZipReader, file: string, bytes: Uint8Array): void {
    const { result, format, unpacked } = parseUnpacked(
      file,
      bytes,
      Math.min(this.limits.maxFileBytes, reader.remainingBytes),
    );
    if (!reader.spend(unpacked)) return;
    this.record(file, result, format === 'strava-csv');
  }

  private record(file: string, result: ParseResult, isCsv: boolean): void {
    const placed = isCsv ? placeCsvFiles(file, result) : result;
    // One at a time: a CSV can hold more rows than a spread may pass as arguments.
    for (const activity of placed.activities) this.activities.push(activity);
    for (const problem of placed.problems) this.problems.push(problem);
  }
}
