import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Options, type Result } from 'autocannon';
import {
  freePort,
  httpRequest,
  killAllServers,
  runnerWithPlan,
  type ServerProcess,
  setBody,
  spawnServer,
} from '../packages/server/src/testing/server-process';

/**
 * The HTTP benchmark, on loopback only: the real server (a child process on a temporary SQLite
 * directory, WAL with synchronous=FULL, logs silenced) against a bare `node:http` server (also a
 * child process) that answers the same bytes as `GET /api/plan/today` does, measured the same way
 * in the same run. 50 connections, 1 s of warm-up and then 5 s per case.
 *
 * Targets (reported, not asserted): today ≥ 40 % of the bare server's req/s and p99 < 20 ms;
 * logged sets ≥ 2,000/s, every acknowledged one durable.
 */

const CONNECTIONS = 50;
const SECONDS = 5;
const WARM_UP_SECONDS = 1;
const TODAY = '/api/plan/today?date=2027-01-05';

/** A node:http server answering one fixed JSON body to every request. */
const BARE_SERVER = `
const body = Buffer.from(process.env.BODY);
require('node:http')
  .createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  })
  .listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\\n'));
`;

const startBare = async (body: string) => {
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', BARE_SERVER], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), BODY: body },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the bare server exited with ${code}`)));
    child.stdout?.once('data', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
};

/** A short warm-up run, then the measured one; the 2xx count covers both. */
const measure = async (options: Options): Promise<Result & { all2xx: number }> => {
  const warmUp = await autocannon({
    ...options,
    connections: CONNECTIONS,
    duration: WARM_UP_SECONDS,
  });
  const result = await autocannon({
    ...options,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 10,
  });
  return { ...result, all2xx: warmUp['2xx'] + result['2xx'] };
};

/** autocannon records latency in whole milliseconds. */
const line = (name: string, r: Result) => {
  const problems = r.non2xx + r.errors + r.timeouts;
  const rate = r.requests.average.toFixed(0).padStart(7);
  const p50 = String(r.latency.p50).padStart(3);
  const p99 = String(r.latency.p99).padStart(4);
  const trouble =
    problems > 0 ? `   (${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts)` : '';
  return `  ${name.padEnd(38)} ${rate} req/s   p50 ${p50} ms   p99 ${p99} ms${trouble}`;
};

const percent = (n: number) => `${(n * 100).toFixed(0)} %`;

export const benchHttp = async (): Promise<string[]> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'runstrong-bench-'));
  let server: ServerProcess | undefined;
  let bare: Awaited<ReturnType<typeof startBare>> | undefined;
  try {
    server = await spawnServer({ RUNSTRONG_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const runner = await runnerWithPlan(server);
    const today = await httpRequest(server, 'GET', TODAY, undefined, { cookie: runner.cookie });
    if (today.status !== 200) throw new Error(`GET ${TODAY} answered ${today.status}`);
    const todayBody = JSON.stringify(today.body);
    bare = await startBare(todayBody);

    const bareResult = await measure({ url: `${bare.url}${TODAY}` });
    const todayResult = await measure({
      url: `${server.url}${TODAY}`,
      headers: { cookie: runner.cookie },
    });
    const setPayload = JSON.stringify(setBody(0));
    const setsResult = await measure({
      url: server.url,
      requests: [
        {
          method: 'PUT',
          headers: {
            cookie: runner.cookie,
            origin: server.origin,
            'content-type': 'application/json',
          },
          body: setPayload,
          setupRequest: (request) => ({
            ...request,
            path: `/api/log/sets/${crypto.randomUUID()}`,
          }),
        },
      ],
    });

    // Durable: restart the server on the same directory and count what it has.
    await server.stop();
    server = await spawnServer({ RUNSTRONG_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const listed = await httpRequest(
      server,
      'GET',
      '/api/log/sets?from=2027-01-05&to=2027-01-05',
      undefined,
      {
        cookie: runner.cookie,
      },
    );
    const stored = (listed.body as { sets: unknown[] }).sets.length;

    const ratio = todayResult.requests.average / bareResult.requests.average;
    const setsPerSecond = setsResult.requests.average;
    return [
      `http: loopback, ${CONNECTIONS} connections, ${SECONDS} s per case after ${WARM_UP_SECONDS} s of warm-up; server and bare server are child processes`,
      line('bare node:http (same body)', bareResult),
      line(`GET ${TODAY}`, todayResult),
      line('PUT /api/log/sets/:id (new id)', setsResult),
      `  today / bare req/s: ${percent(ratio)} (target ≥ 40 %: ${ratio >= 0.4 ? 'met' : 'MISSED'})   today p99 ${todayResult.latency.p99} ms (target < 20 ms: ${todayResult.latency.p99 < 20 ? 'met' : 'MISSED'})`,
      `  logged sets: ${setsPerSecond.toFixed(0)}/s (target ≥ 2,000/s: ${setsPerSecond >= 2000 ? 'met' : 'MISSED'}), SQLite WAL with synchronous=FULL; after a restart ${stored} stored for ${setsResult.all2xx} acknowledged (${stored >= setsResult.all2xx ? 'none lost' : 'SOME LOST'})`,
    ];
  } finally {
    await bare?.stop();
    await server?.stop();
    await killAllServers();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
