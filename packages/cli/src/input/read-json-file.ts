import { resolve } from 'node:path';
import { CliError } from '../cli-error';
import type { ResolvedIo } from '../io';

const errnoOf = (error: unknown): string | undefined =>
  error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

/** Names the file as the user typed it, and where that led when it was relative. */
const where = (shown: string, absolute: string): string =>
  shown === absolute ? shown : `${shown} (${absolute})`;

const readProblem = (shown: string, absolute: string, error: unknown): CliError => {
  const code = errnoOf(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new CliError('file-not-found', `runstrong: ${where(shown, absolute)}: file not found`);
    case 'EISDIR':
      return new CliError('file-unreadable', `runstrong: ${shown}: is a directory, not a file`);
    case 'EACCES':
    case 'EPERM':
      return new CliError('file-unreadable', `runstrong: ${shown}: permission denied`);
    default:
      return new CliError(
        'file-unreadable',
        `runstrong: ${shown}: cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`,
      );
  }
};

/** Line and column (both 1-based) of a character offset, as editors count them. */
export const lineAndColumn = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
};

/**
 * V8 words JSON errors differently across Node versions: "… in JSON at position 15",
 * "… (line 2 column 7)", or "Unexpected end of JSON input". Pull out a position where there is
 * one, and the reason without V8's own location or echo of the input.
 */
export const describeJsonError = (text: string, message: string): string => {
  const reason = message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}: ${reason}`;
  const position = /at position (\d+)/.exec(message);
  const offset = position
    ? Number(position[1])
    : /end of JSON input/.test(message)
      ? text.length
      : undefined;
  if (offset === undefined) return reason;
  const at = lineAndColumn(text, offset);
  return `line ${at.line}, column ${at.column}: ${reason}`;
};

/** Reads and parses a JSON file the user named, turning every failure into one readable line. */
export const readJsonFile = async (shown: string, io: ResolvedIo): Promise<unknown> => {
  const absolute = resolve(io.cwd, shown);
  let text: string;
  try {
    text = await io.readFile(absolute);
  } catch (error) {
    throw readProblem(shown, absolute, error);
  }
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(
      'invalid-json',
      `${shown}: invalid JSON at ${describeJsonError(body, message)}`,
    );
  }
};
