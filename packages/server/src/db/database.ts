import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config/config';
import type { Database, Dialect } from './schema';

// int8 (count(*), bigint columns) arrives from pg as a string; every such value here fits a
// JavaScript number.
pg.types.setTypeParser(20, Number);

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The SQLite file, for the backup command; undefined on PostgreSQL. */
  sqlitePath?: string;
  close(): Promise<void>;
}

export const SQLITE_FILE = 'runstrong.db';

/**
 * Opens the configured database. SQLite runs in WAL mode with full synchronous commits, so a
 * write that was acknowledged survives a crash; foreign keys on, so deleting an account deletes
 * everything it owns.
 */
export const openStore = (config: Pick<Config, 'database' | 'dataDir'>): Store => {
  if (config.database.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.database.url, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  mkdirSync(config.dataDir, { recursive: true });
  const sqlitePath = join(config.dataDir, SQLITE_FILE);
  const sqlite = openSqlite(sqlitePath);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', sqlitePath, close: () => db.destroy() };
};

export const openSqlite = (path: string): SqliteDatabase.Database => {
  const sqlite = withStatementCache(new SqliteDatabase(path));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
};

/**
 * Kysely prepares every query anew; preparing costs more than running the small indexed queries
 * an API request makes. The same SQL text always gets the same prepared statement back (better-
 * sqlite3 statements are reusable, and the driver is synchronous, so one is never run twice at
 * once). The cache is bounded: queries are built from a fixed set of shapes.
 */
const STATEMENT_CACHE_SIZE = 500;

const withStatementCache = (sqlite: SqliteDatabase.Database): SqliteDatabase.Database => {
  const cache = new Map<string, SqliteDatabase.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
      statement = prepare(source);
      cache.set(source, statement);
    }
    return statement;
  }) as typeof sqlite.prepare;
  return sqlite;
};
