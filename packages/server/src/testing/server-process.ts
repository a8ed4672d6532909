import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/config';
import { exampleProfile } from './fixtures';

/**
 * The real server as a child process (`node packages/server/bin/runstrong-server.js`), for the
 * resilience tests and the HTTP benchmark: crash it, stop it, run two side by side. Every process
 * started here is remembered, so `killAllServers` in an `afterAll` leaves none behind even when a
 * test fails half-way.
 */

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/runstrong-server.js', import.meta.url));

/** A port that was free a moment ago: the server cannot report the one it got for PORT=0. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** http://127.0.0.1:<port>, where requests go. */
  url: string;
  /** PUBLIC_URL, the Origin a browser on the app would send. */
  origin: string;
  exited: Promise<Exit>;
  /** Everything the process wrote, for failure messages. */
  output: () => string;
  /** SIGTERM (or another signal), then waits for the exit; SIGKILL after `graceMs`. */
  stop: (signal?: NodeJS.Signals, graceMs?: number) => Promise<Exit>;
}

const running = new Set<ChildProcess>();
// Should the test runner end this process first, take the servers with it.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** SIGKILLs every server still running and waits for them; for `afterAll`. */
export const killAllServers = async (): Promise<void> => {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) {
            running.delete(child);
            resolve();
            return;
          }
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the server with exactly these settings (plus PATH and HOME) on `port` and waits until
 * /api/health answers 200; `nodeArgs` go to node itself (e.g. `--cpu-prof`). Throws with the server's output if it exits or is not up in time.
 */
export const spawnServer = async (
  env: Record<string, string>,
  options: { port?: number; startTimeoutMs?: number; nodeArgs?: string[] } = {},
): Promise<ServerProcess> => {
  const port = options.port ?? (await freePort());
  const origin = env.PUBLIC_URL ?? `http://localhost:${port}`;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  let exit: Exit | undefined;
  void exited.then((e) => {
    exit = e;
  });

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 20_000);
  for (;;) {
    if (exit) {
      throw new Error(`the server exited (${exit.code ?? exit.signal}) while starting:\n${output}`);
    }
    try {
      const health = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) });
      if (health.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /api/health in time:\n${output}`);
    }
    await sleep(50);
  }

  return {
    child,
    port,
    url,
    origin,
    exited,
    output: () => output,
    stop: async (signal = 'SIGTERM', graceMs = 10_000) => {
      if (exit) return exit;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
};

export interface HttpResponse {
  status: number;
  body: unknown;
}

/** A runner talking to a server over real HTTP: their cookie and the server's Origin on every call. */
export interface HttpRunner {
  cookie: string;
  userId: string;
  request: (
    method: string,
    path: string,
    body?: unknown,
    server?: Pick<ServerProcess, 'url' | 'origin'>,
  ) => Promise<HttpResponse>;
}

export const httpRequest = async (
  server: Pick<ServerProcess, 'url' | 'origin'>,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpResponse & { headers: Headers }> => {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      origin: server.origin,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed, headers: response.headers };
};

let counter = 0;

/** Signs a new runner up on `server` and returns a client with their session cookie. */
export const signUpOver = async (
  server: Pick<ServerProcess, 'url' | 'origin'>,
  password = 'correct horse battery',
): Promise<HttpRunner & { email: string; password: string }> => {
  const email = `runner${Date.now()}${counter++}@example.com`;
  const response = await httpRequest(server, 'POST', '/api/auth/sign-up/email', {
    email,
    password,
    name: email.split('@')[0],
  });
  if (response.status !== 200) {
    throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const userId = (response.body as { user: { id: string } }).user.id;
  return {
    email,
    password,
    cookie,
    userId,
    request: (method, path, body, other = server) =>
      httpRequest(other, method, path, body, { cookie }),
  };
};

/** A runner with the README's profile saved and a plan generated, ready to log sets. */
export const runnerWithPlan = async (
  server: Pick<ServerProcess, 'url' | 'origin'>,
): Promise<HttpRunner & { email: string; password: string }> => {
  const runner = await signUpOver(server);
  const profile = await runner.request('PUT', '/api/profile', exampleProfile());
  if (profile.status !== 200) throw new Error(`saving the profile failed: ${profile.status}`);
  const plan = await runner.request('POST', '/api/plans', {});
  if (plan.status !== 201) throw new Error(`generating a plan failed: ${plan.status}`);
  return runner;
};

/** The body of a logged set: the plan's first strength session, set numbers 1–20 in turn. */
export const setBody = (n: number) => ({
  sessionId: '2027-01-05-strength',
  exerciseId: 'goblet-squat',
  setNumber: (n % 20) + 1,
  performedOn: '2027-01-05',
  reps: 8,
  loadKg: 16,
});

/** Settings for a child server on the database a test made with `createDatabase`. */
export const serverEnv = (config: Config): Record<string, string> => ({
  RUNSTRONG_DATA_DIR: config.dataDir,
  ...(config.database.kind === 'postgres' ? { DATABASE_URL: config.database.url } : {}),
  ...(config.authSecret ? { RUNSTRONG_AUTH_SECRET: config.authSecret } : {}),
});
