import { resolve } from 'node:path';
import { CliError } from './cli-error';
import type { ResolvedIo } from './io';

const reason = (error: unknown): string => {
  const code =
    error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a parent of it is a file, not a directory';
  return error instanceof Error ? error.message : String(error);
};

/**
 * Writes a file the user named, creating parent directories; failures name the path. The
 * confirmation goes to stderr so that stdout stays clean for pipelines.
 */
export const writeUserFile = async (shown: string, text: string, io: ResolvedIo): Promise<void> => {
  const absolute = resolve(io.cwd, shown);
  try {
    await io.writeFile(absolute, text);
  } catch (error) {
    throw new CliError('cannot-write', `runstrong: cannot write ${shown}: ${reason(error)}`);
  }
  io.stderr(`runstrong: wrote ${shown}\n`);
};

/** Output goes to stdout, or with `--out` to a file and then nothing goes to stdout. */
export const emit = async (
  text: string,
  out: string | undefined,
  io: ResolvedIo,
): Promise<void> => {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  await writeUserFile(out, text, io);
};
