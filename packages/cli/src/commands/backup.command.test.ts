import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run, tempDir } from '../testing/run-main';

/** A data directory as the server leaves it while running: WAL mode, a connection open. */
const runningServerDatabase = (dataDir: string): SqliteDatabase.Database => {
  mkdirSync(dataDir, { recursive: true });
  const db = new SqliteDatabase(join(dataDir, 'runstrong.db'));
  db.pragma('journal_mode = WAL');
  db.exec('create table workout (id text primary key, notes text)');
  const insert = db.prepare('insert into workout (id, notes) values (?, ?)');
  for (let i = 0; i < 100; i++) insert.run(`w${i}`, `set ${i}`);
  return db;
};

const rowsIn = (file: string): number => {
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('select count(*) as n from workout').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('runstrong backup', () => {
  let dir: string;
  let server: SqliteDatabase.Database | undefined;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(() => {
    server?.close();
    server = undefined;
  });

  it('copies the database while the server has it open, committed WAL writes included', async () => {
    server = runningServerDatabase(join(dir, 'data'));
    // Still only in the WAL: the backup must see it all the same.
    expect(existsSync(join(dir, 'data', 'runstrong.db-wal'))).toBe(true);
    const result = await run(['backup', '--out', 'backups/today.db', '--data-dir', 'data'], {
      cwd: dir,
    });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.errors).toEqual(['runstrong: backed up data/runstrong.db to backups/today.db']);
    // One self-contained file: nothing left beside it.
    expect(readdirSync(join(dir, 'backups'))).toEqual(['today.db']);
    expect(rowsIn(join(dir, 'backups/today.db'))).toBe(100);
    // The server keeps writing: the backup left it no lock.
    server.prepare('insert into workout (id, notes) values (?, ?)').run('after', 'later');
  });

  it('finds the data directory in RUNSTRONG_DATA_DIR, and replaces an older backup', async () => {
    server = runningServerDatabase(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'old.db'), 'yesterday');
    const result = await run(['backup', '--out', 'old.db'], {
      cwd: dir,
      env: { RUNSTRONG_DATA_DIR: 'elsewhere' },
    });
    expect(result.code).toBe(0);
    expect(rowsIn(join(dir, 'old.db'))).toBe(100);
  });

  it('exits 2 with one line when there is no database', async () => {
    const result = await run(['backup', '--out', 'b.db'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.errors).toEqual([
      "runstrong backup: no database at data/runstrong.db; give the server's data directory with --data-dir or RUNSTRONG_DATA_DIR",
    ]);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('exits 2 with one line when the backup cannot be written, leaving nothing behind', async () => {
    server = runningServerDatabase(join(dir, 'data'));
    writeFileSync(join(dir, 'a-file'), '');
    const result = await run(['backup', '--out', 'a-file/b.db'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.errors).toEqual([
      'runstrong backup: cannot write a-file/b.db: a parent of it is a file, not a directory',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a-file', 'data']);
  });

  it('exits 2 when the file is not a SQLite database', async () => {
    mkdirSync(join(dir, 'data'));
    writeFileSync(
      join(dir, 'data', 'runstrong.db'),
      'not a database, but long enough to look like one '.repeat(20),
    );
    const result = await run(['backup', '--out', 'b.db'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.errors).toEqual([
      'runstrong backup: cannot read data/runstrong.db: file is not a database',
    ]);
  });

  it('refuses to write over the database itself', async () => {
    server = runningServerDatabase(join(dir, 'data'));
    const result = await run(['backup', '--out', 'data/runstrong.db'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.errors[0]).toMatch(/is the database itself/);
    expect(rowsIn(join(dir, 'data', 'runstrong.db'))).toBe(100);
  });

  it('points PostgreSQL users to pg_dump', async () => {
    const result = await run(['backup', '--out', 'b.db'], {
      cwd: dir,
      env: { DATABASE_URL: 'postgres://localhost/runstrong' },
    });
    expect(result.code).toBe(2);
    expect(result.errors).toEqual([
      'runstrong backup: DATABASE_URL is set: backups of PostgreSQL use pg_dump: see docs/operations.md',
    ]);
  });

  it('needs --out', async () => {
    const result = await run(['backup'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.errors).toEqual(['runstrong backup: --out is required']);
  });
});
