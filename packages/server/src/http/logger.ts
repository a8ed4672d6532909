import type { FastifyServerOptions } from 'fastify';

/**
 * Structured JSON logs (pino). Cookies, authorization headers, tokens in calendar URLs and
 * passwords are redacted wherever they appear, so a log line never carries a secret.
 */
export const loggerOptions = (level: string): FastifyServerOptions['logger'] => ({
  level,
  redact: {
    paths: [
      'req.headers.cookie',
      'req.headers.authorization',
      'res.headers["set-cookie"]',
      '*.password',
      '*.newPassword',
      '*.currentPassword',
      '*.token',
    ],
    censor: '[redacted]',
  },
  serializers: {
    req: (req: { method: string; url: string; headers: Record<string, unknown>; ip?: string }) => ({
      method: req.method,
      // The calendar feed carries its secret in the path: log the route, not the token.
      url: req.url.replace(/\/api\/calendar\/[^/?]+/, '/api/calendar/[redacted]'),
      headers: req.headers,
      ip: req.ip,
    }),
  },
});
