import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build` (run by `npm install`) puts the browser app. */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/**
 * Serves the browser app from the same origin as the API, so the session cookie and the CSRF
 * Origin check just work. Any GET outside /api that is not a file gets index.html: the app's
 * router takes it from there. Hashed assets are cached for a year; index.html never.
 */
export const registerWebApp = async (app: FastifyInstance, dist = WEB_DIST): Promise<boolean> => {
  if (!existsSync(`${dist}/index.html`)) return false;
  await app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      res.raw.setHeader(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      const path = request.url.split('?')[0];
      return reply
        .status(404)
        .send({ error: { code: 'not-found', message: `no route for GET ${path}` } });
    }
    // A file built after the server started (a rebuild) is still served from disk.
    const path = decodeURIComponent(request.url.split('?')[0] ?? '/');
    if (/\.[a-z0-9]+$/i.test(path)) return reply.sendFile(path.slice(1));
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return true;
};
