import type { FastifyInstance } from 'fastify';
import { type Auth, CLIENT_IP_HEADER } from '../auth/auth';
import { toHeaders } from '../http/authenticate';

/**
 * Hands `/api/auth/*` to better-auth: sign-up, sign-in, sign-out, change-password, delete-user,
 * get-session. fastify has parsed the body already; better-auth takes a Web Request, so the body is
 * passed on as JSON and the client address (after TRUST_PROXY) in a header only the server sets.
 */
export const registerAuthRoutes = (app: FastifyInstance, auth: Auth, publicUrl: string): void => {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    handler: async (request, reply) => {
      const headers = toHeaders(request);
      headers.set(CLIENT_IP_HEADER, request.ip);
      const hasBody = request.method !== 'GET' && request.body !== undefined;
      if (hasBody) headers.set('content-type', 'application/json');
      const response = await auth.handler(
        new Request(new URL(request.url, publicUrl), {
          method: request.method,
          headers,
          ...(hasBody ? { body: JSON.stringify(request.body) } : {}),
        }),
      );
      reply.status(response.status);
      for (const [name, value] of response.headers) {
        if (name.toLowerCase() !== 'set-cookie') reply.header(name, value);
      }
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header('set-cookie', cookies);
      const text = await response.text();
      return reply.send(text.length > 0 ? text : undefined);
    },
  });
};
