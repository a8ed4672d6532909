import { z } from 'zod';
import { runnerOf } from '../http/authenticate';
import type { RouteDeps } from '../http/route-deps';
import type { ZodApp } from '../http/zod-app';
import { requireCurrentPlan } from '../plans/current-plan';
import { todayOf } from '../plans/today';

const coachingView = z.object({
  planId: z.string(),
  today: z.string(),
  changes: z.array(
    z.object({
      sessionId: z.string(),
      date: z.string(),
      exerciseId: z.string().optional(),
      rule: z.string(),
      what: z.string(),
      why: z.string(),
    }),
  ),
  oneRepMax: z.array(
    z.object({
      exerciseId: z.string(),
      epleyKg: z.number(),
      brzyckiKg: z.number(),
      from: z.object({
        performedOn: z.string(),
        reps: z.int(),
        loadKg: z.number(),
        rpe: z.number().nullable(),
      }),
    }),
  ),
});

/**
 * What the coach changed from the log (issue 6): every session from today on is re-prescribed on
 * each read of the plan, so this is the same list the sessions' `adaptations` show, in one place,
 * with the rule behind each change — for the progress charts' markers and for scripts.
 */
export const registerCoachingRoutes = (app: ZodApp, deps: RouteDeps): void => {
  app.get(
    '/api/plan/coaching',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['plans'],
        summary: 'What the coach changed after your logged sessions, and why',
        description:
          'Each change names its session, date, exercise (when it is about one), the SPEC rule (B13 double progression, B14 2-for-2, B15 load steps, B16 RPE, B17/B18 from the estimated 1RM, B19 early deload, B26 pain, A1 a missed session moved or dropped, `gap` a restart after two weeks or more, `override` your own choice learned), what changed and why. `oneRepMax`: the best Epley and Brzycki estimate per loaded lift and the set it came from (sets whose reps to failure, reps + 10 − RPE, are 1–12). Each decision is listed once, at the first session it applies to; every session it applies to carries it in `adaptations`.',
        response: { 200: coachingView },
      },
    },
    async (request) => {
      const today = todayOf(deps.now());
      const current = await requireCurrentPlan(deps.store.db, runnerOf(request).userId, today);
      return {
        planId: current.stored.id,
        today,
        changes: current.coaching.changes,
        oneRepMax: current.coaching.oneRepMax,
      };
    },
  );
};
