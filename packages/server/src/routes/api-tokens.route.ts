import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { notFound } from '../http/app-error';
import { hashToken, runnerOf } from '../http/authenticate';
import type { RouteDeps } from '../http/route-deps';
import type { ZodApp } from '../http/zod-app';

const tokenView = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});

/**
 * Personal API tokens for scripts and the CLI: shown once at creation, stored only as a SHA-256
 * hash, revocable one by one.
 */
export const registerApiTokenRoutes = (app: ZodApp, deps: RouteDeps): void => {
  const { db } = deps.store;
  app.post(
    '/api/tokens',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['tokens'],
        summary: 'Create a personal API token (shown once)',
        body: z.strictObject({ name: z.string().trim().min(1).max(100) }),
        response: { 201: tokenView.extend({ token: z.string() }) },
      },
    },
    async (request, reply) => {
      const { userId } = runnerOf(request);
      const token = `rs_${randomBytes(32).toString('base64url')}`;
      const row = {
        id: crypto.randomUUID(),
        user_id: userId,
        name: request.body.name,
        token_hash: hashToken(token),
        created_at: deps.now().toISOString(),
        last_used_at: null,
      };
      await db.insertInto('api_token').values(row).execute();
      return reply
        .status(201)
        .send({ id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: null, token });
    },
  );

  app.get(
    '/api/tokens',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['tokens'],
        summary: 'List your API tokens',
        response: { 200: z.object({ tokens: z.array(tokenView) }) },
      },
    },
    async (request) => {
      const rows = await db
        .selectFrom('api_token')
        .select(['id', 'name', 'created_at', 'last_used_at'])
        .where('user_id', '=', runnerOf(request).userId)
        .orderBy('created_at')
        .execute();
      return {
        tokens: rows.map((r) => ({
          id: r.id,
          name: r.name,
          createdAt: r.created_at,
          lastUsedAt: r.last_used_at,
        })),
      };
    },
  );

  app.delete(
    '/api/tokens/:id',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['tokens'],
        summary: 'Revoke an API token',
        params: z.object({ id: z.string() }),
      },
    },
    async (request, reply) => {
      const result = await db
        .deleteFrom('api_token')
        .where('id', '=', request.params.id)
        .where('user_id', '=', runnerOf(request).userId)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw notFound('that token');
      return reply.status(204).send();
    },
  );
};
