import type { preHandlerAsyncHookHandler } from 'fastify';
import type { Auth } from '../auth/auth';
import type { Config } from '../config/config';
import type { Store } from '../db/database';

/** What every route module receives: storage, accounts, settings, the clock, the auth check. */
export interface RouteDeps {
  store: Store;
  auth: Auth;
  config: Config;
  /** The server's clock, passed in so tests can fix "today". */
  now: () => Date;
  authenticate: preHandlerAsyncHookHandler;
}
