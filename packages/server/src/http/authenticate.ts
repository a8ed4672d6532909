import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Auth } from '../auth/auth';
import { createSessionLookup } from '../auth/session-lookup';
import type { Database } from '../db/schema';
import { AppError } from './app-error';

export interface Runner {
  userId: string;
  /** How the request proved who it is: a cookie needs a CSRF check on writes, a token does not. */
  via: 'session' | 'api-token';
}

declare module 'fastify' {
  interface FastifyRequest {
    runner?: Runner;
  }
}

export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the runner behind a request: a personal API token (`Authorization: Bearer rs_…`) or
 * the session cookie. Cookie-authenticated writes must come from a trusted Origin — or, without
 * an Origin header, from a same-origin fetch — so another site cannot ride the cookie (CSRF).
 */
export const createAuthenticate = (
  db: Kysely<Database>,
  auth: Auth,
  trustedOrigins: readonly string[],
) => {
  const sessionUserId = createSessionLookup(db, auth);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const token = header.slice('Bearer '.length).trim();
      const row = await db
        .selectFrom('api_token')
        .select(['id', 'user_id', 'last_used_at'])
        .where('token_hash', '=', hashToken(token))
        .executeTakeFirst();
      if (!row) throw new AppError(401, 'unauthenticated', 'the API token is not valid');
      await touchToken(db, row.id, row.last_used_at);
      request.runner = { userId: row.user_id, via: 'api-token' };
      return;
    }
    const { userId, setCookies } = await sessionUserId(request.headers, () => toHeaders(request));
    if (setCookies.length > 0) reply.header('set-cookie', setCookies);
    if (!userId) throw new AppError(401, 'unauthenticated', 'sign in first');
    if (UNSAFE_METHODS.has(request.method)) checkOrigin(request, trustedOrigins);
    request.runner = { userId, via: 'session' };
  };
};

/** "Last used" is kept to the hour: a script's every request need not write a row. */
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

const touchToken = async (db: Kysely<Database>, id: string, lastUsedAt: string | null) => {
  const now = new Date();
  if (lastUsedAt && now.getTime() - Date.parse(lastUsedAt) < TOUCH_INTERVAL_MS) return;
  await db
    .updateTable('api_token')
    .set({ last_used_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
};

const checkOrigin = (request: FastifyRequest, trustedOrigins: readonly string[]) => {
  const origin = request.headers.origin;
  if (origin) {
    if (!trustedOrigins.includes(origin)) {
      throw new AppError(403, 'csrf-rejected', `requests from ${origin} may not change your data`);
    }
    return;
  }
  if (request.headers['sec-fetch-site'] === 'same-origin') return;
  throw new AppError(403, 'csrf-rejected', 'a cookie-authenticated change needs an Origin header');
};

export const toHeaders = (request: FastifyRequest): Headers => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
};

/** The signed-in runner; routes behind `authenticate` always have one. */
export const runnerOf = (request: FastifyRequest): Runner => {
  if (!request.runner) throw new AppError(401, 'unauthenticated', 'sign in first');
  return request.runner;
};
