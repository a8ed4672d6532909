import {
  checkMove,
  explainDay,
  findDay,
  findSession,
  generatePlan,
  isoDateSchema,
  keepPastDays,
  type Plan,
  type PlanChange,
  planSessionSchema,
  swapOptions,
  validateProfile,
} from '@runstrong/core';
import { z } from 'zod';
import { AppError, badRequest, notFound } from '../http/app-error';
import { runnerOf } from '../http/authenticate';
import type { RouteDeps } from '../http/route-deps';
import type { ZodApp } from '../http/zod-app';
import { loadCurrentPlan, requireCurrentPlan } from '../plans/current-plan';
import { planRepository } from '../plans/plan.repository';
import { todayOf } from '../plans/today';
import { invalidProfile } from './profile.route';

const dayView = z.object({
  date: z.string(),
  weekday: z.string(),
  week: z.number(),
  phase: z.string(),
  run: z.string(),
  sessions: z.array(planSessionSchema),
  reasons: z.array(z.object({ rule: z.string().optional(), message: z.string() })),
});
type DayView = z.infer<typeof dayView>;

const daysOf = (plan: Plan, from?: string, to?: string): DayView[] =>
  plan.weeks.flatMap((week) =>
    week.days
      .filter((day) => (!from || day.date >= from) && (!to || day.date <= to))
      .map((day) => ({ ...day, week: week.index, phase: week.phase })),
  );

const versionView = z.object({
  id: z.string(),
  version: z.number(),
  programmeId: z.string(),
  createdAt: z.string(),
});
const changeBody = z.strictObject({
  /** A client-made id: the same change sent twice is made once. */
  id: z.uuid().optional(),
});
const findingView = z.object({ rule: z.string(), message: z.string() });
const changeResult = z.object({
  changeId: z.string(),
  warnings: z.array(findingView),
  session: planSessionSchema,
  date: z.string(),
});

/**
 * Plans: generate versions from the stored profile, read the current plan (the latest version
 * with the runner's changes), today's session, `explain`, and the changes themselves —
 * move (re-checked against A1/A2/B8/B12), skip and swap.
 */
export const registerPlanRoutes = (app: ZodApp, deps: RouteDeps): void => {
  const { db } = deps.store;
  const plans = planRepository(db);
  const auth = { preHandler: deps.authenticate };

  app.post(
    '/api/plans',
    {
      ...auth,
      schema: {
        tags: ['plans'],
        summary: 'Generate a new plan version from your profile',
        description:
          'With `keepBefore`, days before that date are kept exactly as in the current plan (your moves, skips and swaps included): changing equipment or injuries regenerates future weeks, never past ones.',
        body: z
          .strictObject({ program: z.string().optional(), keepBefore: isoDateSchema.optional() })
          .optional(),
        response: { 201: versionView.extend({ plan: z.unknown() }) },
      },
    },
    async (request, reply) => {
      const { userId } = runnerOf(request);
      const row = await db
        .selectFrom('runner_profile')
        .select('profile_json')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (!row)
        throw new AppError(404, 'no-profile', 'no runner profile yet: PUT /api/profile first');
      const input = {
        ...JSON.parse(row.profile_json),
        ...(request.body?.program ? { program: request.body.program } : {}),
      };
      const profile = validateProfile(input);
      if (!profile.ok) throw invalidProfile(profile.error);
      const fresh = generatePlan(profile.value);
      const keepBefore = request.body?.keepBefore;
      const current = keepBefore
        ? await loadCurrentPlan(db, userId, todayOf(deps.now()))
        : undefined;
      const stored = await plans.create(userId, {
        profileJson: JSON.stringify(input),
        plan: current && keepBefore ? keepPastDays(current.plan, fresh, keepBefore) : fresh,
        createdAt: deps.now().toISOString(),
      });
      return reply.status(201).send({
        id: stored.id,
        version: stored.version,
        programmeId: stored.programmeId,
        createdAt: stored.createdAt,
        plan: stored.plan,
      });
    },
  );

  app.get(
    '/api/plans',
    {
      ...auth,
      schema: {
        tags: ['plans'],
        summary: 'Every plan version you have generated',
        response: { 200: z.object({ versions: z.array(versionView) }) },
      },
    },
    async (request) => ({
      versions: (await plans.versions(runnerOf(request).userId)).map((v) => ({
        id: v.id,
        version: v.version,
        programmeId: v.programme_id,
        createdAt: v.created_at,
      })),
    }),
  );

  app.get(
    '/api/plans/:version',
    {
      ...auth,
      schema: {
        tags: ['plans'],
        summary: 'One plan version as generated (without later changes)',
        params: z.object({ version: z.coerce.number().int().min(1) }),
      },
    },
    async (request) => {
      const stored = await plans.byVersion(runnerOf(request).userId, request.params.version);
      if (!stored) throw notFound(`plan version ${request.params.version}`);
      return {
        id: stored.id,
        version: stored.version,
        createdAt: stored.createdAt,
        plan: stored.plan,
      };
    },
  );

  app.get(
    '/api/plan',
    {
      ...auth,
      schema: {
        tags: ['plans'],
        summary: 'The current plan by date range, with your moves, skips and swaps',
        querystring: z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() }),
        response: {
          200: z.object({
            planId: z.string(),
            version: z.number(),
            programme: z.object({ id: z.string(), name: z.string() }),
            days: z.array(dayView),
          }),
        },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      if (from && to && from > to)
        throw badRequest('invalid-range', `from ${from} is after to ${to}`);
      const current = await requireCurrentPlan(db, runnerOf(request).userId, todayOf(deps.now()));
      return {
        planId: current.stored.id,
        version: current.stored.version,
        programme: current.plan.programme,
        days: daysOf(current.plan, from, to),
      };
    },
  );

  app.get(
    '/api/plan/today',
    {
      ...auth,
      // The hottest read: the handler builds the answer from the stored plan, which the schema
      // already guarantees, so it is written as plain JSON; the schema still documents it.
      serializerCompiler: () => (data) => JSON.stringify(data),
      schema: {
        tags: ['plans'],
        summary: "Today's sessions (or another date's with ?date=)",
        querystring: z.object({ date: isoDateSchema.optional() }),
        response: {
          200: z.object({ date: z.string(), inPlan: z.boolean(), day: dayView.optional() }),
        },
      },
    },
    async (request) => {
      const date = request.query.date ?? todayOf(deps.now());
      const current = await requireCurrentPlan(db, runnerOf(request).userId, todayOf(deps.now()));
      const found = findDay(current.plan, date);
      return found
        ? {
            date,
            inPlan: true,
            day: { ...found.day, week: found.week.index, phase: found.week.phase },
          }
        : { date, inPlan: false };
    },
  );

  app.get(
    '/api/plan/explain',
    {
      ...auth,
      schema: {
        tags: ['plans'],
        summary: 'Why a day has, or lacks, a strength session',
        querystring: z.object({ date: isoDateSchema }),
      },
    },
    async (request) => {
      const current = await requireCurrentPlan(db, runnerOf(request).userId, todayOf(deps.now()));
      const explanation = explainDay(current.plan, request.query.date);
      if (!explanation.ok) throw badRequest(explanation.error.code, explanation.error.message);
      const changes = current.changes
        .filter(
          (c) => findSession(current.plan, c.change.sessionId)?.day.date === request.query.date,
        )
        .map((c) => `${c.change.kind}${c.warning ? ` (warning: ${c.warning})` : ''}`);
      return { ...explanation.value, changes };
    },
  );

  /** Records a change once: a replay with the same client id answers as the first time. */
  const recordChange = async (
    userId: string,
    clientId: string | undefined,
    change: PlanChange,
    warning: string | null,
    warnings: z.infer<typeof findingView>[],
  ) => {
    const current = await requireCurrentPlan(db, userId, todayOf(deps.now()));
    const id = clientId ?? crypto.randomUUID();
    if (!clientId || !(await plans.changeById(userId, id))) {
      await plans.addChange(userId, current.stored.id, {
        id,
        change,
        warning,
        createdAt: deps.now().toISOString(),
      });
    }
    const after = await requireCurrentPlan(db, userId, todayOf(deps.now()));
    const found = findSession(after.plan, change.sessionId);
    if (!found) throw notFound(`session ${change.sessionId}`);
    return { changeId: id, warnings, session: found.session, date: found.day.date };
  };

  app.post(
    '/api/plan/sessions/:sessionId/move',
    {
      ...auth,
      schema: {
        tags: ['plans'],
        summary: 'Move a session to another day, re-checked against the rules',
        description:
          'Refused with 422 rule-violation and the rule ids (A1, A2, B8, B12) unless `insist` is true, in which case it is made and the warning recorded.',
        params: z.object({ sessionId: z.string() }),
        body: changeBody.extend({ to: isoDateSchema, insist: z.boolean().default(false) }),
        response: { 200: changeResult },
      },
    },
    async (request) => {
      const { userId } = runnerOf(request);
      const { sessionId } = request.params;
      const { to, insist, id } = request.body;
      if (id) {
        const replay = await plans.changeById(userId, id);
        if (replay) return recordChange(userId, id, replay.change, replay.warning, []);
      }
      const current = await requireCurrentPlan(db, userId, todayOf(deps.now()));
      const check = checkMove(current.plan, sessionId, to);
      if (!check.ok) {
        throw check.error.code === 'session-not-found'
          ? notFound(`session ${sessionId}`)
          : new AppError(422, check.error.code, check.error.message);
      }
      const { violations, warnings } = check.value;
      if (violations.length > 0 && !insist) {
        throw new AppError(
          422,
          'rule-violation',
          violations.map((v) => `${v.rule}: ${v.message}`).join('; '),
          {
            rule: violations[0]?.rule,
            violations,
          },
        );
      }
      const warning =
        violations.length > 0 ? violations.map((v) => `${v.rule}: ${v.message}`).join('; ') : null;
      return recordChange(
        userId,
        id,
        { kind: 'move', sessionId, to, insisted: violations.length > 0 },
        warning,
        [...violations, ...warnings],
      );
    },
  );

  app.post(
    '/api/plan/sessions/:sessionId/skip',
    {
      ...auth,
      schema: {
        tags: ['plans'],
        summary: 'Skip a session (it stays in the plan, marked skipped)',
        params: z.object({ sessionId: z.string() }),
        body: changeBody.optional(),
        response: { 200: changeResult },
      },
    },
    async (request) => {
      const { userId } = runnerOf(request);
      const current = await requireCurrentPlan(db, userId, todayOf(deps.now()));
      if (!findSession(current.plan, request.params.sessionId))
        throw notFound(`session ${request.params.sessionId}`);
      return recordChange(
        userId,
        request.body?.id,
        { kind: 'skip', sessionId: request.params.sessionId },
        null,
        [],
      );
    },
  );

  app.get(
    '/api/plan/sessions/:sessionId/swap-options',
    {
      ...auth,
      schema: {
        tags: ['plans'],
        summary: 'What an exercise in a session can be swapped for',
        params: z.object({ sessionId: z.string() }),
        querystring: z.object({ exerciseId: z.string() }),
      },
    },
    async (request) => {
      const current = await requireCurrentPlan(db, runnerOf(request).userId, todayOf(deps.now()));
      const found = findSession(current.plan, request.params.sessionId);
      if (!found) throw notFound(`session ${request.params.sessionId}`);
      return {
        options: swapOptions(found.session, request.query.exerciseId, current.stored.profile).map(
          (e) => ({
            id: e.id,
            name: e.name,
            pattern: e.pattern,
          }),
        ),
      };
    },
  );

  app.post(
    '/api/plan/sessions/:sessionId/swap',
    {
      ...auth,
      schema: {
        tags: ['plans'],
        summary:
          'Swap an exercise for a regression, progression or same-pattern alternative you can do',
        params: z.object({ sessionId: z.string() }),
        body: changeBody.extend({ exerciseId: z.string(), with: z.string() }),
        response: { 200: changeResult },
      },
    },
    async (request) => {
      const { userId } = runnerOf(request);
      const { sessionId } = request.params;
      const { exerciseId, with: replacement, id } = request.body;
      const current = await requireCurrentPlan(db, userId, todayOf(deps.now()));
      const found = findSession(current.plan, sessionId);
      if (!found) throw notFound(`session ${sessionId}`);
      const options = swapOptions(found.session, exerciseId, current.stored.profile);
      if (!options.some((o) => o.id === replacement)) {
        throw new AppError(
          422,
          'swap-not-allowed',
          `${replacement} cannot replace ${exerciseId} in this session`,
          {
            allowed: options.map((o) => o.id),
          },
        );
      }
      return recordChange(
        userId,
        id,
        { kind: 'swap', sessionId, exerciseId, with: replacement },
        null,
        [],
      );
    },
  );
};
