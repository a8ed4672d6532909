import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Everything the CLI touches outside itself. Tests pass their own to run commands in-process;
 * the bin passes the real process streams.
 */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** Reads a UTF-8 text file; rejects with a Node-style error (`code: 'ENOENT'`…) on failure. */
  readFile?: (path: string) => Promise<string>;
  /** Writes a UTF-8 text file, creating missing parent directories. */
  writeFile?: (path: string, data: string) => Promise<void>;
  env?: Readonly<Record<string, string | undefined>>;
  /** The clock, only for the ICS DTSTAMP: injectable so tests are deterministic. */
  now?: () => Date;
}

export type ResolvedIo = Required<CliIo>;

const readText = (path: string): Promise<string> => readFile(path, 'utf8');

const writeText = async (path: string, data: string): Promise<void> => {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data, 'utf8');
};

export const resolveIo = (io: CliIo): ResolvedIo => ({
  stdout: io.stdout,
  stderr: io.stderr,
  cwd: io.cwd,
  readFile: io.readFile ?? readText,
  writeFile: io.writeFile ?? writeText,
  env: io.env ?? process.env,
  now: io.now ?? (() => new Date()),
});
