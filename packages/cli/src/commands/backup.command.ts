import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { parseOptions, requireOption } from '../args';
import { CliError } from '../cli-error';
import type { Command } from './command';

/** The server's file name in its data directory (packages/server/src/db/database.ts). */
const SQLITE_FILE = 'runstrong.db';

const OPTIONS = {
  out: { type: 'string' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const reason = (error: unknown): string => {
  const code =
    error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a parent of it is a file, not a directory';
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
};

const removePartial = (path: string): void => {
  try {
    rmSync(path, { force: true });
  } catch {
    // Its folder could not be made: there is nothing to remove.
  }
};

const openSource = (path: string, shown: string): SqliteDatabase.Database => {
  if (!existsSync(path)) {
    throw new CliError(
      'file-not-found',
      `runstrong backup: no database at ${shown}; give the server's data directory with --data-dir or RUNSTRONG_DATA_DIR`,
    );
  }
  try {
    const db = new SqliteDatabase(path, { fileMustExist: true });
    // Waits for a writing server instead of failing while it holds the lock for a moment.
    db.pragma('busy_timeout = 5000');
    db.pragma('schema_version');
    return db;
  } catch (error) {
    throw new CliError(
      'file-unreadable',
      `runstrong backup: cannot read ${shown}: ${reason(error)}`,
    );
  }
};

/**
 * A consistent copy of the server's SQLite database while it runs: SQLite's online backup API
 * copies the database as one snapshot, committed writes in the WAL included, and does not stop
 * the server writing. The copy is made beside FILE and renamed into place, so FILE is either the
 * previous backup or the complete new one, never half of one.
 */
export const backupCommand: Command = {
  name: 'backup',
  summary: "Back up the server's SQLite database to a file, also while the server runs",
  usage: [
    'runstrong backup --out FILE [--data-dir DIR]',
    '  --out FILE      where to write the backup (a SQLite database; parent folders are created)',
    "  --data-dir DIR  the server's data directory (default: RUNSTRONG_DATA_DIR, else ./data)",
    '  PostgreSQL (DATABASE_URL set) is backed up with pg_dump: see docs/operations.md',
  ],
  run: async (args, io) => {
    const values = parseOptions('backup', args, OPTIONS);
    const out = requireOption('backup', 'out', values.out);
    if (io.env.DATABASE_URL) {
      throw new CliError(
        'invalid-option',
        'runstrong backup: DATABASE_URL is set: backups of PostgreSQL use pg_dump: see docs/operations.md',
      );
    }
    const dataDir = values['data-dir'] ?? io.env.RUNSTRONG_DATA_DIR ?? './data';
    const source = resolve(io.cwd, dataDir, SQLITE_FILE);
    const target = resolve(io.cwd, out);
    if (target === source) {
      throw new CliError(
        'invalid-option',
        `runstrong backup: --out ${out} is the database itself; choose another file`,
      );
    }
    const db = openSource(source, join(dataDir, SQLITE_FILE));
    const partial = `${target}.partial-${process.pid}`;
    try {
      mkdirSync(dirname(target), { recursive: true });
      await db.backup(partial);
      renameSync(partial, target);
    } catch (error) {
      removePartial(partial);
      throw new CliError('cannot-write', `runstrong backup: cannot write ${out}: ${reason(error)}`);
    } finally {
      db.close();
    }
    io.stderr(`runstrong: backed up ${join(dataDir, SQLITE_FILE)} to ${out}\n`);
  },
};
