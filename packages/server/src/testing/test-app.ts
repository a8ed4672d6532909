import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createAuth } from '../auth/auth';
import { openStore, type Store } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { buildApp } from '../http/app';
import { createDatabase, type DatabaseKind, type TestDatabase } from './databases';

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  database: TestDatabase;
  origin: string;
  /** Moves the server's clock; tests start on 2027-01-04 at noon UTC. */
  setNow: (date: Date) => void;
  close: () => Promise<void>;
}

export const createTestApp = async (
  kind: DatabaseKind,
  env: Record<string, string> = {},
): Promise<TestApp> => {
  const database = await createDatabase(kind, env);
  const { config } = database;
  const store = openStore(config);
  await migrateToLatest(store.db as never, store.dialect);
  const auth = createAuth(store.db, store.dialect, {
    publicUrl: config.publicUrl,
    trustedOrigins: config.trustedOrigins,
    sessionDays: config.sessionDays,
    signInAttemptsPerMinute: config.signInAttemptsPerMinute,
    signUpsPerMinute: config.signUpsPerMinute,
    secret: config.authSecret ?? '',
  });
  let now = new Date('2027-01-04T12:00:00Z');
  const app = await buildApp({ config, store, auth, logger: false, now: () => now });
  return {
    app,
    store,
    database,
    origin: config.publicUrl,
    setNow: (date) => {
      now = date;
    },
    close: async () => {
      await app.close();
      await store.close();
      await database.cleanup();
    },
  };
};

export interface Client {
  cookie: string;
  userId: string;
  request: (
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<LightMyRequestResponse>;
}

let counter = 0;
export const uniqueEmail = () => `runner${Date.now()}${counter++}@example.com`;

/** Signs up a runner and returns a client that sends their cookie and a trusted Origin. */
export const signUp = async (
  t: TestApp,
  email = uniqueEmail(),
  password = 'correct horse battery',
): Promise<Client> => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    headers: { origin: t.origin },
    // Each sign-up from its own address, so the sign-up rate limit does not trip over the tests.
    remoteAddress: `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter++ & 255}`,
    payload: { email, password, name: email.split('@')[0] },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const cookie = cookieFrom(response);
  const userId = (response.json() as { user: { id: string } }).user.id;
  return {
    cookie,
    userId,
    request: (method, url, body, headers = {}) =>
      t.app.inject({
        method: method as never,
        url,
        headers: { cookie, origin: t.origin, ...headers },
        ...(body === undefined ? {} : { payload: body as never }),
      }),
  };
};

export const cookieFrom = (response: LightMyRequestResponse): string => {
  const header = response.headers['set-cookie'];
  const cookies = Array.isArray(header) ? header : header ? [header] : [];
  return cookies.map((c) => c.split(';')[0]).join('; ');
};
