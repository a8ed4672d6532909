import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { type Config, parseConfig } from '../config/config';
import { createTestDatabase, postgresUnavailable } from './postgres';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  kind: DatabaseKind;
  config: Config;
  cleanup: () => Promise<void>;
}

const TEST_SECRET = 'test-secret-that-is-long-enough-for-better-auth-0123456789';

/** A fresh database of the given kind with a config pointing at it. */
export const createDatabase = async (
  kind: DatabaseKind,
  env: Record<string, string> = {},
): Promise<TestDatabase> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'runstrong-test-'));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  if (kind === 'sqlite') {
    const config = parseConfig({
      RUNSTRONG_DATA_DIR: dataDir,
      RUNSTRONG_AUTH_SECRET: TEST_SECRET,
      ...env,
    });
    return { kind, config, cleanup: removeDir };
  }
  const database = await createTestDatabase();
  const config = parseConfig({
    RUNSTRONG_DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    RUNSTRONG_AUTH_SECRET: TEST_SECRET,
    ...env,
  });
  return {
    kind,
    config,
    cleanup: async () => {
      await database.drop();
      await removeDir();
    },
  };
};

const unavailable = await postgresUnavailable();
if (unavailable) {
  if (process.env.CI) {
    throw new Error(`PostgreSQL is required in CI and did not answer: ${unavailable}`);
  }
  process.stderr.write(
    `\n!!! PostgreSQL suites SKIPPED: ${unavailable}\n!!! Start PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) or set PG_TEST_URL to run them.\n\n`,
  );
}

/**
 * Runs the same suite against SQLite and PostgreSQL. Outside CI a missing PostgreSQL skips its
 * half loudly; in CI it fails the run.
 */
export const describeEachDatabase = (name: string, suite: (kind: DatabaseKind) => void): void => {
  describe(`${name} [sqlite]`, () => suite('sqlite'));
  describe.skipIf(unavailable !== undefined)(`${name} [postgres]`, () => suite('postgres'));
};
