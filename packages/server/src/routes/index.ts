import type { RouteDeps } from '../http/route-deps';
import type { ZodApp } from '../http/zod-app';
import { registerApiTokenRoutes } from './api-tokens.route';
import { registerPlanRoutes } from './plans.route';
import { registerProfileRoutes } from './profile.route';

/**
 * Every API route module, registered in one place. Each module is a visible pipeline:
 * validate (its zod schemas) → authorize (deps.authenticate, owner-scoped queries) → core → present.
 */
export const registerApiRoutes = (app: ZodApp, deps: RouteDeps): void => {
  registerProfileRoutes(app, deps);
  registerApiTokenRoutes(app, deps);
  registerPlanRoutes(app, deps);
};
