import { z } from 'zod';
import { runnerOf } from '../http/authenticate';
import type { RouteDeps } from '../http/route-deps';
import type { ZodApp } from '../http/zod-app';
import { checkRange, dateRangeQuery } from '../log/date-range';
import { adherenceOf, loadLoggedSessionIds, plannedSessionIds } from '../plans/adherence';
import { requireCurrentPlan } from '../plans/current-plan';
import { todayOf } from '../plans/today';

const counts = {
  planned: z.int(),
  skipped: z.int(),
  done: z.int(),
  rate: z.number().nullable(),
};

const adherenceView = z.object({
  planId: z.string(),
  version: z.number(),
  from: z.string(),
  to: z.string(),
  weeks: z.array(
    z.object({
      index: z.int(),
      startDate: z.string(),
      endDate: z.string(),
      phase: z.string(),
      ...counts,
    }),
  ),
  totals: z.object(counts),
});

/**
 * Adherence: done against planned, per week of the current plan. The definition is in the
 * OpenAPI description below and in `plans/adherence.ts`.
 */
export const registerAdherenceRoutes = (app: ZodApp, deps: RouteDeps): void => {
  const { db } = deps.store;

  app.get(
    '/api/progress/adherence',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['progress'],
        summary: 'Adherence: sessions done against sessions planned, per plan week',
        description: [
          'Read against your current plan (the latest version with your moves, skips and swaps); 404 no-plan without one.',
          'One entry per plan week with a day in the range (both ends included, at most 366 days), with the week’s index, start and end dates and phase, then totals over the range.',
          '`planned`: the strength and activation sessions dated in the range — rehab sessions are not counted — skipped ones included. A moved session counts on the date it was moved to.',
          '`skipped`: of those, the ones you skipped.',
          '`done`: of those, the ones with at least one logged set or a workout summary under the session’s id, whatever date it was logged on (a skipped session that was logged anyway counts as both).',
          '`rate`: done / planned to three decimals, null when nothing was planned.',
        ].join(' '),
        querystring: dateRangeQuery,
        response: { 200: adherenceView },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      checkRange(from, to);
      const { userId } = runnerOf(request);
      const current = await requireCurrentPlan(db, userId, todayOf(deps.now()));
      const logged = await loadLoggedSessionIds(
        db,
        userId,
        plannedSessionIds(current.plan, from, to),
      );
      return {
        planId: current.stored.id,
        version: current.stored.version,
        from,
        to,
        ...adherenceOf(current.plan, from, to, logged),
      };
    },
  );
};
