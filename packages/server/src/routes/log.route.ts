import { z } from 'zod';
import { AppError, notFound } from '../http/app-error';
import { runnerOf } from '../http/authenticate';
import type { RouteDeps } from '../http/route-deps';
import type { ZodApp } from '../http/zod-app';
import { checkRange, dateRangeQuery, fieldError } from '../log/date-range';
import {
  idParams,
  MAX_BATCH_SETS,
  setBatchBody,
  setBody,
  setPatchBody,
  setView,
  workoutBody,
  workoutPatchBody,
  workoutView,
} from '../log/log.schemas';
import {
  patchedSetColumns,
  patchedWorkoutColumns,
  setColumnsOf,
  workoutColumnsOf,
} from '../log/log.validation';
import {
  deleteSet,
  listSets,
  patchSet,
  putSet,
  type SetLogRow,
  setViewOf,
} from '../log/set-log.repository';
import {
  deleteWorkout,
  listWorkouts,
  patchWorkout,
  putWorkout,
  workoutViewOf,
} from '../log/workout.repository';

const IDEMPOTENT_PUT =
  'The id is made by the client (a UUID), so a retried request never makes a duplicate: 201 when the id is new, 200 when it exists (an identical replay changes nothing, `updatedAt` included). An id that belongs to another runner is 404 and is never overwritten.';

/**
 * The workout log: logged sets and per-session workout summaries. Every write carries a
 * client-made id and is idempotent, so the web app's offline queue can replay it safely; every
 * query is scoped to the signed-in runner. DELETE answers 204 whether or not there was a row to
 * delete (a replayed delete is not an error, and another runner's id reveals nothing).
 */
export const registerLogRoutes = (app: ZodApp, deps: RouteDeps): void => {
  const { db, dialect } = deps.store;
  const stamp = () => deps.now().toISOString();

  app.put(
    '/api/log/sets/:id',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['log'],
        summary: 'Log one set (create or replace, idempotent)',
        description: `${IDEMPOTENT_PUT} At least one of reps and seconds is required (missing-amount); the exercise must be in the catalogue (unknown-exercise).`,
        params: idParams,
        body: setBody,
        response: { 200: setView, 201: setView },
      },
    },
    async (request, reply) => {
      const { userId } = runnerOf(request);
      const columns = setColumnsOf(request.body, 'body');
      const outcome = await db
        .transaction()
        .execute((trx) => putSet(trx, dialect, userId, request.params.id, columns, stamp()));
      if (!outcome) throw notFound('that set');
      return reply.status(outcome.created ? 201 : 200).send(setViewOf(outcome.row));
    },
  );

  app.post(
    '/api/log/sets/batch',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['log'],
        summary: `Log up to ${MAX_BATCH_SETS} sets at once (all or nothing, idempotent)`,
        description:
          'Each item is what PUT /api/log/sets/:id takes, plus its id. The batch is one transaction: one bad item (its index is in the error path) and nothing is written. Replaying a batch makes no duplicates. Answers 200 with the stored sets in the order sent.',
        body: setBatchBody,
        response: { 200: z.object({ sets: z.array(setView) }) },
      },
    },
    async (request) => {
      const { userId } = runnerOf(request);
      const firstIndex = new Map<string, number>();
      const items = request.body.sets.map(({ id, ...set }, index) => {
        const at = `body.sets.${index}`;
        const earlier = firstIndex.get(id);
        if (earlier !== undefined) {
          throw fieldError('duplicate-id', `${at}.id`, `the same id as body.sets.${earlier}`, id);
        }
        firstIndex.set(id, index);
        return { id, columns: setColumnsOf(set, at) };
      });
      const now = stamp();
      const rows = await db.transaction().execute(async (trx) => {
        const stored: SetLogRow[] = [];
        for (const [index, item] of items.entries()) {
          const outcome = await putSet(trx, dialect, userId, item.id, item.columns, now);
          if (!outcome) {
            const path = `body.sets.${index}.id`;
            const message = 'that set was not found';
            throw new AppError(404, 'not-found', `${path}: ${message}`, {
              issues: [{ path, message }],
            });
          }
          stored.push(outcome.row);
        }
        return stored;
      });
      return { sets: rows.map(setViewOf) };
    },
  );

  app.patch(
    '/api/log/sets/:id',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['log'],
        summary: 'Edit some fields of a logged set',
        description: 'Fields left out stay as they are; `null` clears an optional field.',
        params: idParams,
        body: setPatchBody,
        response: { 200: setView },
      },
    },
    async (request) => {
      const { userId } = runnerOf(request);
      const row = await db
        .transaction()
        .execute((trx) =>
          patchSet(
            trx,
            dialect,
            userId,
            request.params.id,
            (current) => patchedSetColumns(current, request.body),
            stamp(),
          ),
        );
      if (!row) throw notFound('that set');
      return setViewOf(row);
    },
  );

  app.delete(
    '/api/log/sets/:id',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['log'],
        summary: 'Delete a logged set (204 even if already gone)',
        params: idParams,
      },
    },
    async (request, reply) => {
      await deleteSet(db, runnerOf(request).userId, request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/log/sets',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['log'],
        summary: 'List your logged sets in a date range (at most 366 days)',
        description:
          'Ordered by performedOn, sessionId, exerciseId and setNumber. `from` and `to` are both included.',
        querystring: dateRangeQuery.extend({
          sessionId: z.string().optional(),
          exerciseId: z.string().optional(),
        }),
        response: { 200: z.object({ sets: z.array(setView) }) },
      },
    },
    async (request) => {
      const { from, to, sessionId, exerciseId } = request.query;
      checkRange(from, to);
      const rows = await listSets(db, runnerOf(request).userId, {
        from,
        to,
        sessionId,
        exerciseId,
      });
      return { sets: rows.map(setViewOf) };
    },
  );

  app.put(
    '/api/log/workouts/:id',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['log'],
        summary: 'Log a workout summary (create or replace, idempotent)',
        description: `One summary per logged session: session RPE and minutes give its session load (B33). ${IDEMPOTENT_PUT}`,
        params: idParams,
        body: workoutBody,
        response: { 200: workoutView, 201: workoutView },
      },
    },
    async (request, reply) => {
      const { userId } = runnerOf(request);
      const columns = workoutColumnsOf(request.body);
      const outcome = await db
        .transaction()
        .execute((trx) => putWorkout(trx, dialect, userId, request.params.id, columns, stamp()));
      if (!outcome) throw notFound('that workout');
      return reply.status(outcome.created ? 201 : 200).send(workoutViewOf(outcome.row));
    },
  );

  app.patch(
    '/api/log/workouts/:id',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['log'],
        summary: 'Edit some fields of a workout summary',
        description: 'Fields left out stay as they are; `null` clears an optional field.',
        params: idParams,
        body: workoutPatchBody,
        response: { 200: workoutView },
      },
    },
    async (request) => {
      const { userId } = runnerOf(request);
      const row = await db
        .transaction()
        .execute((trx) =>
          patchWorkout(
            trx,
            dialect,
            userId,
            request.params.id,
            (current) => patchedWorkoutColumns(current, request.body),
            stamp(),
          ),
        );
      if (!row) throw notFound('that workout');
      return workoutViewOf(row);
    },
  );

  app.delete(
    '/api/log/workouts/:id',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['log'],
        summary: 'Delete a workout summary (204 even if already gone)',
        description: 'The sets logged for the same session stay; delete them one by one.',
        params: idParams,
      },
    },
    async (request, reply) => {
      await deleteWorkout(db, runnerOf(request).userId, request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/log/workouts',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['log'],
        summary: 'List your workout summaries in a date range (at most 366 days)',
        querystring: dateRangeQuery.extend({ sessionId: z.string().optional() }),
        response: { 200: z.object({ workouts: z.array(workoutView) }) },
      },
    },
    async (request) => {
      const { from, to, sessionId } = request.query;
      checkRange(from, to);
      const rows = await listWorkouts(db, runnerOf(request).userId, { from, to, sessionId });
      return { workouts: rows.map(workoutViewOf) };
    },
  );
};
