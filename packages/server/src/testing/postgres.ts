import pg from 'pg';

/**
 * PostgreSQL for tests: the server at PG_TEST_URL (default: this project's machines' local server,
 * user postgres, trust auth). Each suite gets a database of its own, dropped afterwards.
 */
export const PG_ADMIN_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let availability: Promise<string | undefined> | undefined;

/** Undefined when PostgreSQL answers; otherwise why not. */
export const postgresUnavailable = (): Promise<string | undefined> => {
  availability ??= (async () => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select 1');
      return undefined;
    } catch (error) {
      return (error as Error).message;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return availability;
};

const withAdmin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

export const createTestDatabase = async (): Promise<{ url: string; drop: () => Promise<void> }> => {
  const name = `rs_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await withAdmin((c) => c.query(`create database ${name}`));
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => dropDatabase(name),
  };
};

/**
 * Drops a test database once its pool has let go. A pool reports closed before its connections
 * are gone, and `with (force)` would kill them mid-goodbye (57P01 in the test run), so try a plain
 * drop a few times first and force only as a last resort.
 */
const dropDatabase = async (name: string): Promise<void> => {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      await withAdmin((c) => c.query(`drop database if exists ${name}`));
      return;
    } catch (error) {
      // 55006: the database is still being accessed by other users.
      if ((error as { code?: string }).code !== '55006') throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
};
