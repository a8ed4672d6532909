import type { FastifyInstance } from 'fastify';
import { createAuth } from './auth/auth';
import { resolveAuthSecret } from './auth/auth-secret';
import type { Config } from './config/config';
import { openStore, type Store } from './db/database';
import { migrateToLatest } from './db/migrate';
import { buildApp } from './http/app';

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the database, runs pending migrations, and listens. `close` stops accepting
 * connections, lets in-flight requests finish, then closes the database.
 */
export const startServer = async (
  config: Config,
  options: { logger?: boolean } = {},
): Promise<RunningServer> => {
  const store = openStore(config);
  await migrateToLatest(store.db as never, store.dialect);
  const auth = createAuth(store.db, store.dialect, {
    publicUrl: config.publicUrl,
    trustedOrigins: config.trustedOrigins,
    sessionDays: config.sessionDays,
    signInAttemptsPerMinute: config.signInAttemptsPerMinute,
    signUpsPerMinute: config.signUpsPerMinute,
    secret: resolveAuthSecret(config),
  });
  const app = await buildApp({
    config,
    store,
    auth,
    ...(options.logger === false ? { logger: false } : {}),
  });
  const url = await app.listen({ port: config.port, host: config.host });
  return {
    app,
    store,
    url,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
};
