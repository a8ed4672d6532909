import { Agent, request as httpRequestRaw } from 'node:http';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE } from '../src/db/database';
import { createDatabase, type TestDatabase } from '../src/testing/databases';
import {
  type HttpRunner,
  killAllServers,
  runnerWithPlan,
  type ServerProcess,
  serverEnv,
  setBody,
  spawnServer,
} from '../src/testing/server-process';

/**
 * SIGTERM while requests are in flight (ISSUE: graceful shutdown): the server stops taking new
 * work, finishes what it has started — here including requests whose body is still arriving —
 * answers them 2xx, and exits 0. Requests it had not started get a 503 or a refused connection,
 * never a half-done write.
 */

/**
 * A PUT over its own connection: headers and the first half of the body now, the rest on
 * `finish()` (at once when `slow` is false). `agent` decides the connection: none (the request
 * says `Connection: close`) or a keep-alive agent, as browsers and fetch use.
 */
const put = (
  server: ServerProcess,
  runner: HttpRunner,
  id: string,
  n: number,
  options: { slow?: boolean; agent?: Agent | false } = {},
) => {
  const payload = JSON.stringify(setBody(n));
  const half = options.slow ? Math.floor(payload.length / 2) : payload.length;
  const req = httpRequestRaw({
    host: '127.0.0.1',
    port: server.port,
    method: 'PUT',
    path: `/api/log/sets/${id}`,
    agent: options.agent ?? false,
    headers: {
      cookie: runner.cookie,
      origin: server.origin,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload),
    },
  });
  const response = new Promise<number | 'network-error'>((resolve) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve('network-error'));
  });
  req.write(payload.slice(0, half));
  if (!options.slow) req.end();
  return { response, finish: () => req.end(payload.slice(half)) };
};

/** The set ids of the PUTs the server has begun to handle (its "incoming request" log lines). */
const startedIds = (output: string): Set<string> => {
  const ids = new Set<string>();
  for (const line of output.split('\n')) {
    if (!line.includes('"incoming request"')) continue;
    const match = /"url":"\/api\/log\/sets\/([0-9a-f-]{36})"/.exec(line);
    if (match?.[1]) ids.add(match[1]);
  }
  return ids;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const waitFor = async (what: string, condition: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
};

describe('graceful shutdown [sqlite]', () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    await killAllServers();
    for (const database of databases) await database.cleanup();
  });

  const start = async () => {
    const database = await createDatabase('sqlite');
    databases.push(database);
    const server = await spawnServer({ ...serverEnv(database.config), LOG_LEVEL: 'info' });
    return { database, server, runner: await runnerWithPlan(server) };
  };

  /** Requests the server has started but cannot finish until their bodies arrive. */
  const startSlow = async (server: ServerProcess, runner: HttpRunner, agent?: Agent) => {
    const ids = Array.from({ length: 5 }, () => crypto.randomUUID());
    const requests = ids.map((id, n) => put(server, runner, id, n, { slow: true, agent }));
    await waitFor('the slow requests to start', () => {
      const started = startedIds(server.output());
      return ids.every((id) => started.has(id));
    });
    return { ids, requests };
  };

  const exitWithin = (server: ServerProcess, ms: number) =>
    Promise.race([server.exited, sleep(ms).then(() => 'still running' as const)]);

  it('finishes in-flight requests with 2xx on SIGTERM, then exits 0', async () => {
    const { database, server, runner } = await start();
    const slow = await startSlow(server, runner);

    // A burst on top, and SIGTERM as soon as the server has begun some of it.
    const burstIds = Array.from({ length: 60 }, () => crypto.randomUUID());
    const burst = burstIds.map((id, n) => put(server, runner, id, n).response);
    await waitFor(
      'the burst to start',
      () => burstIds.filter((id) => startedIds(server.output()).has(id)).length >= 5,
    );
    server.child.kill('SIGTERM');

    // Still running: it waits for the slow requests rather than cutting them off.
    await sleep(300);
    expect(server.child.exitCode).toBeNull();
    for (const request of slow.requests) request.finish();
    expect(await Promise.all(slow.requests.map((r) => r.response))).toEqual([
      201, 201, 201, 201, 201,
    ]);
    expect(await exitWithin(server, 10_000), server.output().slice(-2000)).toEqual({
      code: 0,
      signal: null,
    });

    const burstStatuses = await Promise.all(burst);
    const started = startedIds(server.output());
    const acknowledged = [...slow.ids];
    for (const [n, id] of burstIds.entries()) {
      const status = burstStatuses[n];
      if (started.has(id)) {
        // Begun before the shutdown: finished, and answered 2xx.
        expect(status, `burst request ${n}`).toBe(201);
      } else {
        // Never begun: refused cleanly (503 while draining, or no connection at all).
        expect(['network-error', 503], `burst request ${n}`).toContain(status);
      }
      if (status === 201) acknowledged.push(id);
    }

    const sqlite = new SqliteDatabase(join(database.config.dataDir, SQLITE_FILE));
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(
        (sqlite.prepare('select id from set_log').all() as { id: string }[]).map((r) => r.id),
      );
      for (const id of acknowledged) expect(stored.has(id), `set ${id}`).toBe(true);
    } finally {
      sqlite.close();
    }
  }, 30_000);

  /*
   * KNOWN BUG, left for the owner of server.ts / http/app.ts: a request in flight at SIGTERM on a
   * keep-alive connection is answered without `Connection: close`, so its connection stays open
   * after the answer and `server.close()` waits for it — up to fastify's keepAliveTimeout (72 s)
   * or until the client hangs up — and the process does not exit. Browsers and fetch keep their
   * connections alive. A fix: a `preClose` hook that sets a flag and an `onSend` hook that adds
   * `Connection: close` while it is set. When it is fixed this test passes, `.fails` makes that
   * a failure, and the marker should go.
   */
  it('exits promptly when the in-flight requests came over keep-alive connections', async () => {
    const { server, runner } = await start();
    const agent = new Agent({ keepAlive: true });
    try {
      const slow = await startSlow(server, runner, agent);
      server.child.kill('SIGTERM');
      await sleep(100);
      for (const request of slow.requests) request.finish();
      expect(await Promise.all(slow.requests.map((r) => r.response))).toEqual([
        201, 201, 201, 201, 201,
      ]);
      expect(await exitWithin(server, 2_000)).toEqual({ code: 0, signal: null });
    } finally {
      agent.destroy();
    }
  }, 20_000);
});
