import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { SQLITE_FILE } from '../src/db/database';
import { createDatabase, describeEachDatabase, type TestDatabase } from '../src/testing/databases';
import {
  freePort,
  killAllServers,
  runnerWithPlan,
  serverEnv,
  setBody,
  spawnServer,
} from '../src/testing/server-process';

/**
 * SIGKILL in the middle of a burst of logged sets: no chance to flush or close. Every set the
 * server acknowledged (2xx) must be there after a restart on the same database, and the SQLite
 * file must pass `PRAGMA integrity_check`. Sets whose answer was lost may or may not be there
 * (the client replays them with the same id); nothing else may be.
 */

const SETS = 300;
const IN_FLIGHT = 20;
/** SIGKILL once this many sets have been acknowledged: well inside the burst. */
const KILL_AFTER = 100;

const storedIds = async (database: TestDatabase, userId: string): Promise<string[]> => {
  const { config } = database;
  if (config.database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: config.database.url });
    await client.connect();
    try {
      const result = await client.query<{ id: string }>(
        'select id from set_log where user_id = $1',
        [userId],
      );
      return result.rows.map((r) => r.id);
    } finally {
      await client.end();
    }
  }
  const sqlite = new SqliteDatabase(join(config.dataDir, SQLITE_FILE));
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    return (
      sqlite.prepare('select id from set_log where user_id = ?').all(userId) as { id: string }[]
    ).map((r) => r.id);
  } finally {
    sqlite.close();
  }
};

describeEachDatabase('a crash (SIGKILL) in the middle of logging', (kind) => {
  let database: TestDatabase | undefined;
  afterAll(async () => {
    await killAllServers();
    await database?.cleanup();
  });

  it('keeps every acknowledged set, and the database is intact', async () => {
    database = await createDatabase(kind);
    const env = serverEnv(database.config);
    const port = await freePort();
    const first = await spawnServer(env, { port });
    const runner = await runnerWithPlan(first);

    const ids: string[] = Array.from({ length: SETS }, () => crypto.randomUUID());
    const acknowledged = new Set<string>();
    const refused: string[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < ids.length) {
        const n = next++;
        const id = ids[n] as string;
        try {
          const response = await runner.request('PUT', `/api/log/sets/${id}`, setBody(n));
          if (response.status === 201) acknowledged.add(id);
          else if (!killed) refused.push(`${n}: ${response.status}`);
        } catch {
          // The connection died with the server: no answer, so not acknowledged.
        }
        if (!killed && acknowledged.size >= KILL_AFTER) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    expect(refused).toEqual([]);
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // Killed in the middle: some acknowledged, not all sent.
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.size).toBeLessThan(SETS);

    // Straight from the database, as the crash left it.
    const afterCrash = await storedIds(database, runner.userId);
    for (const id of acknowledged) expect(afterCrash, `set ${id}`).toContain(id);
    expect(afterCrash.every((id) => ids.includes(id))).toBe(true);
    expect(new Set(afterCrash).size).toBe(afterCrash.length);

    // And through the API of a server restarted on the same data, with the same session.
    const second = await spawnServer(env, { port });
    const listed = await runner.request(
      'GET',
      '/api/log/sets?from=2027-01-05&to=2027-01-05',
      undefined,
      second,
    );
    expect(listed.status).toBe(200);
    const listedIds = (listed.body as { sets: { id: string }[] }).sets.map((s) => s.id);
    expect(listedIds.sort()).toEqual([...afterCrash].sort());
    expect(await second.stop()).toEqual({ code: 0, signal: null });
    if (kind === 'sqlite') await storedIds(database, runner.userId);
  }, 40_000);
});
