import type { RouteDeps } from '../http/route-deps';
import type { ZodApp } from '../http/zod-app';
import { registerActivityRoutes } from './activities.route';
import { registerAdherenceRoutes } from './adherence.route';
import { registerApiTokenRoutes } from './api-tokens.route';
import { registerCalendarRoutes } from './calendar.route';
import { registerCoachingRoutes } from './coaching.route';
import { registerLoadRoutes } from './load.route';
import { registerLogRoutes } from './log.route';
import { registerPlanRoutes } from './plans.route';
import { registerPortabilityRoutes } from './portability.route';
import { registerProfileRoutes } from './profile.route';
import { registerProgressRoutes } from './progress.route';

/**
 * Every API route module, registered in one place. Each module is a visible pipeline:
 * validate (its zod schemas) → authorize (deps.authenticate, owner-scoped queries) → core → present.
 */
export const registerApiRoutes = (app: ZodApp, deps: RouteDeps): void => {
  registerProfileRoutes(app, deps);
  registerApiTokenRoutes(app, deps);
  registerLogRoutes(app, deps);
  registerProgressRoutes(app, deps);
  registerAdherenceRoutes(app, deps);
  registerPlanRoutes(app, deps);
  registerCoachingRoutes(app, deps);
  registerCalendarRoutes(app, deps);
  registerPortabilityRoutes(app, deps);
  registerActivityRoutes(app, deps);
  registerLoadRoutes(app, deps);
};
