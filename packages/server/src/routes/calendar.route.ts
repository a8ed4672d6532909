import { randomBytes } from 'node:crypto';
import { renderPlanIcs } from '@runstrong/core';
import { z } from 'zod';
import { notFound } from '../http/app-error';
import { hashToken, runnerOf } from '../http/authenticate';
import type { RouteDeps } from '../http/route-deps';
import type { ZodApp } from '../http/zod-app';
import { loadCurrentPlan } from '../plans/current-plan';
import { todayOf } from '../plans/today';

/** Calendar apps poll; five minutes absorbs repeated fetches and a change still shows soon. */
const FEED_CACHE_CONTROL = 'private, max-age=300';

/**
 * The calendar feed: an ICS URL a calendar app can subscribe to without signing in. The URL
 * carries a secret token, shown once, stored only as its SHA-256 hash, replaced on regeneration
 * and revocable; one per runner. The logger redacts it from request URLs (http/logger.ts).
 */
export const registerCalendarRoutes = (app: ZodApp, deps: RouteDeps): void => {
  const { db } = deps.store;
  const auth = { preHandler: deps.authenticate };

  app.post(
    '/api/calendar/token',
    {
      ...auth,
      schema: {
        tags: ['calendar'],
        summary: 'Create or replace your calendar feed URL (shown once)',
        description:
          'A new URL revokes the previous one. Subscribe to it in your calendar app; anyone with the URL can read your plan, so regenerate it if it leaks.',
        response: { 201: z.object({ url: z.string(), createdAt: z.string() }) },
      },
    },
    async (request, reply) => {
      const { userId } = runnerOf(request);
      const token = randomBytes(32).toString('base64url');
      const tokenHash = hashToken(token);
      const createdAt = deps.now().toISOString();
      await db
        .insertInto('calendar_token')
        .values({ user_id: userId, token_hash: tokenHash, created_at: createdAt })
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: createdAt }),
        )
        .execute();
      return reply
        .status(201)
        .send({ url: `${deps.config.publicUrl}/api/calendar/${token}.ics`, createdAt });
    },
  );

  app.get(
    '/api/calendar/token',
    {
      ...auth,
      schema: {
        tags: ['calendar'],
        summary: 'Whether you have a calendar feed URL (never the URL itself)',
        response: { 200: z.object({ active: z.boolean(), createdAt: z.string().optional() }) },
      },
    },
    async (request) => {
      const row = await db
        .selectFrom('calendar_token')
        .select('created_at')
        .where('user_id', '=', runnerOf(request).userId)
        .executeTakeFirst();
      return row ? { active: true, createdAt: row.created_at } : { active: false };
    },
  );

  app.delete(
    '/api/calendar/token',
    {
      ...auth,
      schema: {
        tags: ['calendar'],
        summary: 'Revoke your calendar feed URL (done even when there is none)',
      },
    },
    async (request, reply) => {
      await db
        .deleteFrom('calendar_token')
        .where('user_id', '=', runnerOf(request).userId)
        .execute();
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/calendar/:token.ics',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Your current plan as an iCalendar feed; the token in the URL is the key',
        description:
          'One all-day event per session with your moves and swaps applied; skipped sessions are left out. An unknown or revoked token answers 404 not-found.',
        params: z.object({ token: z.string() }),
      },
    },
    async (request, reply) => {
      const row = await db
        .selectFrom('calendar_token')
        .select('user_id')
        .where('token_hash', '=', hashToken(request.params.token))
        .executeTakeFirst();
      // The same answer whether the token never existed or was revoked.
      if (!row) throw notFound('that calendar');
      const current = await loadCurrentPlan(db, row.user_id, todayOf(deps.now()));
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', FEED_CACHE_CONTROL)
        .send(renderPlanIcs(current?.plan, { now: deps.now() }));
    },
  );
};
