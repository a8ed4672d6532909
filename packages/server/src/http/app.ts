import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Auth } from '../auth/auth';
import type { Config } from '../config/config';
import type { Store } from '../db/database';
import { registerAuthRoutes } from '../routes/auth.route';
import { registerHealthRoutes } from '../routes/health.route';
import { registerApiRoutes } from '../routes/index';
import { createAuthenticate } from './authenticate';
import { registerErrorHandler } from './error-handler';
import { loggerOptions } from './logger';
import type { RouteDeps } from './route-deps';
import { registerWebApp } from './web-app';
import type { ZodApp } from './zod-app';

export interface AppOptions {
  config: Config;
  store: Store;
  auth: Auth;
  now?: () => Date;
  /** Tests pass false to keep output quiet; the server logs JSON at the configured level. */
  logger?: boolean;
  /** Serve the built browser app (packages/web/dist) when it exists; API tests turn it off. */
  webApp?: boolean;
}

/** Builds the HTTP app without listening, so tests can drive it with `inject`. */
export const buildApp = async (options: AppOptions): Promise<FastifyInstance> => {
  const { config, store, auth } = options;
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(config.logLevel),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  // Graceful shutdown: once closing, every answer says `Connection: close`, so keep-alive
  // connections with a request in flight end with it instead of holding the close open.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'RunStrong API',
        version: '1',
        description:
          'Strength plans for runners. Sign in at /api/auth/sign-in/email (cookie) or send a personal token as `Authorization: Bearer rs_…`. Errors are `{ "error": { "code", "message" } }` with a stable code.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // Activity uploads stream through the parsers; the route counts bytes against
  // `uploadLimit` itself (zip parts and single files have different limits), so busboy's own
  // per-file cap is only the outer bound.
  await app.register(multipart, {
    limits: { fileSize: config.uploadLimit, files: 10_000, parts: 10_000, fields: 20 },
  });

  const deps: RouteDeps = {
    store,
    auth,
    config,
    now: options.now ?? (() => new Date()),
    authenticate: createAuthenticate(store.db, auth, config.trustedOrigins),
  };
  registerAuthRoutes(app, auth, config.publicUrl);
  registerHealthRoutes(app, store);
  registerApiRoutes(app as ZodApp, deps);
  if (options.webApp !== false) await registerWebApp(app);
  return app;
};
