import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Importing databases.ts fails the run in CI when PostgreSQL is down, and warns loudly outside it.
import { createDatabase, type TestDatabase } from '../src/testing/databases';
import { postgresUnavailable } from '../src/testing/postgres';
import {
  freePort,
  httpRequest,
  killAllServers,
  runnerWithPlan,
  type ServerProcess,
  serverEnv,
  setBody,
  signUpOver,
  spawnServer,
} from '../src/testing/server-process';

/**
 * Two server processes on one PostgreSQL database with the same RUNSTRONG_AUTH_SECRET, as behind a
 * load balancer: nothing that matters may live in one process's memory.
 */

/** Runs `tasks` with at most `limit` at a time, keeping their order in the results. */
const pool = async <T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> => {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const n = next++;
      results[n] = await (tasks[n] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
};

describe.skipIf((await postgresUnavailable()) !== undefined)(
  'two instances on one PostgreSQL database',
  () => {
    let database: TestDatabase | undefined;
    let databaseUrl = '';
    let a: ServerProcess;
    let b: ServerProcess;

    beforeAll(async () => {
      database = await createDatabase('postgres');
      if (database.config.database.kind === 'postgres') databaseUrl = database.config.database.url;
      const [portA, portB] = [await freePort(), await freePort()];
      // One public URL for both, as behind a load balancer; both migrate at once on start.
      const env = { ...serverEnv(database.config), PUBLIC_URL: 'http://localhost:8080' };
      [a, b] = await Promise.all([
        spawnServer(env, { port: portA }),
        spawnServer(env, { port: portB }),
      ]);
    }, 30_000);
    afterAll(async () => {
      await killAllServers();
      await database?.cleanup();
    });

    it('accepts a session made on A on B; signing out on B ends it on A', async () => {
      const runner = await signUpOver(a);
      expect((await runner.request('GET', '/api/plans', undefined, a)).status).toBe(200);
      expect((await runner.request('GET', '/api/plans', undefined, b)).status).toBe(200);
      const signOut = await runner.request('POST', '/api/auth/sign-out', {}, b);
      expect(signOut.status).toBe(200);
      expect((await runner.request('GET', '/api/plans', undefined, a)).status).toBe(401);
      expect((await runner.request('GET', '/api/plans', undefined, b)).status).toBe(401);
    });

    it('stores every set exactly once when both log at once, replays included', async () => {
      const runner = await runnerWithPlan(a);
      const idsA = Array.from({ length: 200 }, () => crypto.randomUUID());
      const idsB = Array.from({ length: 200 }, () => crypto.randomUUID());
      const sends: { id: string; n: number; on: ServerProcess }[] = [];
      for (let n = 0; n < 200; n++) {
        sends.push({ id: idsA[n] as string, n, on: a }, { id: idsB[n] as string, n, on: b });
        // The first ten of each, sent again at once to the other instance (a client's retry
        // that went to the other side of the load balancer).
        if (n < 10) {
          sends.push({ id: idsA[n] as string, n, on: b }, { id: idsB[n] as string, n, on: a });
        }
      }
      const statuses = await pool(
        20,
        sends.map(
          ({ id, n, on }) =>
            () =>
              runner.request('PUT', `/api/log/sets/${id}`, setBody(n), on).then((r) => r.status),
        ),
      );
      const created = new Map<string, number>();
      for (const [i, { id }] of sends.entries()) {
        expect([200, 201]).toContain(statuses[i]);
        if (statuses[i] === 201) created.set(id, (created.get(id) ?? 0) + 1);
      }
      // Each id created exactly once: the replay of it answered 200.
      expect(created.size).toBe(400);
      expect([...created.values()].every((count) => count === 1)).toBe(true);

      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ rows: number; ids: number }>(
          'select count(*)::int as rows, count(distinct id)::int as ids from set_log where user_id = $1',
          [runner.userId],
        );
        expect(rows[0]).toEqual({ rows: 400, ids: 400 });
      } finally {
        await client.end();
      }
      for (const server of [a, b]) {
        const listed = await runner.request(
          'GET',
          '/api/log/sets?from=2027-01-05&to=2027-01-05',
          undefined,
          server,
        );
        expect((listed.body as { sets: { id: string }[] }).sets.map((s) => s.id).sort()).toEqual(
          [...idsA, ...idsB].sort(),
        );
      }
    }, 30_000);

    it('numbers plan versions made at once on both instances distinctly', async () => {
      const runner = await runnerWithPlan(b);
      // Three at once on each: plan.repository takes the runner's row lock, so they take turns.
      const made = await Promise.all(
        [a, b, a, b, a, b].map((on) => runner.request('POST', '/api/plans', {}, on)),
      );
      expect(made.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
      const versions = made.map((r) => (r.body as { version: number }).version);
      expect([...versions].sort((x, y) => x - y)).toEqual([2, 3, 4, 5, 6, 7]);
      const listed = await runner.request('GET', '/api/plans', undefined, a);
      expect(
        (listed.body as { versions: { version: number }[] }).versions.map((v) => v.version),
      ).toEqual([1, 2, 3, 4, 5, 6, 7]);
    });

    it('counts sign-in attempts across instances: the sixth is refused on either', async () => {
      // Both see the same client address (127.0.0.1): TRUST_PROXY is off.
      const runner = await signUpOver(a);
      const signIn = (on: ServerProcess, password: string) =>
        httpRequest(on, 'POST', '/api/auth/sign-in/email', { email: runner.email, password }).then(
          (r) => r.status,
        );
      const statuses: number[] = [];
      for (const on of [a, b, a, b, a]) statuses.push(await signIn(on, 'not my password'));
      expect(statuses).toEqual([401, 401, 401, 401, 401]);
      expect(await signIn(b, runner.password)).toBe(429);
      expect(await signIn(a, runner.password)).toBe(429);
    });
  },
);
