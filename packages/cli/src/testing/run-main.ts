import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../main';

/** The repository root, where `examples/` lives: tests run commands as if from there. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** A fixed clock so ICS output (its DTSTAMP) is byte-for-byte reproducible in tests. */
export const FIXED_NOW = new Date(Date.UTC(2026, 10, 1, 12, 0, 0));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stderr split into its lines, without the trailing empty one. */
  errors: string[];
}

export interface RunOptions {
  /** Files that exist only for this run, by path relative to the working directory. */
  files?: Record<string, string>;
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdout?: (s: string) => void;
}

/** Runs `runstrong argv…` in-process and captures what it prints. */
export const run = async (argv: string[], options: RunOptions = {}): Promise<RunResult> => {
  const cwd = options.cwd ?? REPO_ROOT;
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout:
      options.stdout ??
      ((s) => {
        stdout += s;
      }),
    stderr: (s) => {
      stderr += s;
    },
    cwd,
    readFile: async (path) => {
      const virtual = options.files?.[relative(cwd, path)];
      return virtual ?? readFile(path, 'utf8');
    },
    env: options.env ?? {},
    now: () => FIXED_NOW,
  });
  return { code, stdout, stderr, errors: stderr.split('\n').filter((l) => l !== '') };
};

/** A fresh empty directory for tests that write files. */
export const tempDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'runstrong-cli-'));

/** The example profile from the issue, as an object to vary in tests. */
export const exampleProfile = async (): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(join(REPO_ROOT, 'examples/profile.json'), 'utf8')) as Record<
    string,
    unknown
  >;

/** The shape of a stack-trace line: a stack must never reach the user on bad input. */
export const STACK_LINE = /\n\s+at /;
