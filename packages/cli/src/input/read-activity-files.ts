import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_IMPORT_LIMITS } from '@runstrong/activities';
import { CliError } from '../cli-error';

/** A file to import: the path as shown to the user, and where it is. */
export interface ActivityFile {
  shown: string;
  absolute: string;
}

/** The most any one file may take in memory, on disk or once gunzipped: 64 MiB. */
export const MAX_FILE_BYTES = DEFAULT_IMPORT_LIMITS.maxFileBytes;

const errnoOf = (error: unknown): string | undefined =>
  error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every file under a directory, recursively, sorted by path; hidden entries (".DS_Store") skipped. */
const walk = async (dir: ActivityFile): Promise<ActivityFile[]> => {
  const entries = await readdir(dir.absolute, { withFileTypes: true });
  const found: ActivityFile[] = [];
  for (const entry of entries.sort((a, b) => byPath(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const child = { shown: join(dir.shown, entry.name), absolute: join(dir.absolute, entry.name) };
    if (entry.isDirectory()) found.push(...(await walk(child)));
    else if (entry.isFile()) found.push(child);
  }
  return found;
};

/**
 * The files the arguments name: a file as is, a directory as every file under it (sorted by
 * path). A path that does not exist fails the whole run with one line per missing path, before
 * anything is read. A file named twice is read once.
 */
export const listActivityFiles = async (
  command: string,
  paths: readonly string[],
  cwd: string,
): Promise<ActivityFile[]> => {
  const missing: string[] = [];
  const files: ActivityFile[] = [];
  for (const shown of paths) {
    const absolute = resolve(cwd, shown);
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(absolute)).isDirectory();
    } catch (error) {
      const code = errnoOf(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        missing.push(`runstrong ${command}: ${shown}: no such file or directory`);
        continue;
      }
      throw new CliError(
        'file-unreadable',
        `runstrong ${command}: ${shown}: cannot be read (${code})`,
      );
    }
    files.push(...(isDirectory ? await walk({ shown, absolute }) : [{ shown, absolute }]));
  }
  if (missing.length > 0) throw new CliError('file-not-found', missing);
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(f.absolute) && seen.add(f.absolute));
};

/** Whether a path is an existing regular file (for the files a Strava CSV names). */
export const isFile = async (absolute: string): Promise<boolean> => {
  try {
    return (await stat(absolute)).isFile();
  } catch {
    return false;
  }
};

export interface ReadProblem {
  problem: 'too-large' | 'unreadable';
  message: string;
}

export type ReadOutcome = { bytes: Uint8Array } | ReadProblem;

const unreadable = (error: unknown): ReadProblem => {
  const code = errnoOf(error);
  return {
    problem: 'unreadable',
    message:
      code === 'EACCES' || code === 'EPERM'
        ? 'Permission denied.'
        : `The file cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}).`,
  };
};

/** A file's bytes, refusing one bigger than MAX_FILE_BYTES before reading it. */
export const readActivityBytes = async (absolute: string): Promise<ReadOutcome> => {
  try {
    const size = (await stat(absolute)).size;
    if (size > MAX_FILE_BYTES) {
      return {
        problem: 'too-large',
        message: `The file is ${size} bytes; at most ${MAX_FILE_BYTES} are read.`,
      };
    }
    return { bytes: new Uint8Array(await readFile(absolute)) };
  } catch (error) {
    return unreadable(error);
  }
};

/** A file's first `length` bytes and its size, to tell a zip from its content before reading on. */
export const readHead = async (
  absolute: string,
  length: number,
): Promise<{ head: Uint8Array; size: number } | ReadProblem> => {
  try {
    const handle = await open(absolute, 'r');
    try {
      const head = new Uint8Array(length);
      const { bytesRead } = await handle.read(head, 0, length, 0);
      return { head: head.subarray(0, bytesRead), size: (await handle.stat()).size };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return unreadable(error);
  }
};

/**
 * A file chunk by chunk, each handed to `onChunk` before the next is read: a zip export of a
 * gigabyte goes through in constant memory. A read error mid-way ends it with a problem.
 */
export const streamActivityFile = async (
  absolute: string,
  onChunk: (chunk: Uint8Array) => void,
): Promise<ReadProblem | null> => {
  try {
    for await (const chunk of createReadStream(absolute)) onChunk(chunk as Buffer);
    return null;
  } catch (error) {
    return unreadable(error);
  }
};
