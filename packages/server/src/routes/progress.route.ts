import { findExercise } from '@runstrong/core';
import { z } from 'zod';
import { AppError } from '../http/app-error';
import { runnerOf } from '../http/authenticate';
import type { RouteDeps } from '../http/route-deps';
import type { ZodApp } from '../http/zod-app';
import { checkRange, dateRangeQuery } from '../log/date-range';
import { BANDS } from '../log/log.schemas';
import { loadExerciseHistory, loadWeeklyVolume } from '../log/progress.queries';

const historySet = z.object({
  id: z.string(),
  sessionId: z.string(),
  setNumber: z.int(),
  reps: z.int().nullable(),
  seconds: z.int().nullable(),
  loadKg: z.number().nullable(),
  band: z.enum(BANDS).nullable(),
  rpe: z.number().nullable(),
  pain: z.int().nullable(),
});

const exerciseHistoryView = z.object({
  exerciseId: z.string(),
  exerciseName: z.string(),
  from: z.string(),
  to: z.string(),
  days: z.array(
    z.object({
      performedOn: z.string(),
      sets: z.array(historySet),
      bestSet: historySet,
      totalReps: z.int(),
      totalSeconds: z.int(),
      volumeLoadKg: z.number(),
      estimatedOneRepMaxKg: z.object({ epley: z.number(), brzycki: z.number() }).nullable(),
    }),
  ),
});

const weeklyVolumeView = z.object({
  from: z.string(),
  to: z.string(),
  weeks: z.array(
    z.object({
      week: z.string(),
      weekStart: z.string(),
      weekEnd: z.string(),
      sets: z.int(),
      totalReps: z.int(),
      totalSeconds: z.int(),
      volumeLoadKg: z.number(),
      sessionsLogged: z.int(),
      sessionLoad: z.number(),
    }),
  ),
});

/**
 * Progress read from the runner's own log: one exercise's history with estimated 1RM (B18), and
 * weekly volume with session load (B33). Adherence (done against planned) lives with the plans.
 */
export const registerProgressRoutes = (app: ZodApp, deps: RouteDeps): void => {
  const { db } = deps.store;

  app.get(
    '/api/progress/exercises/:exerciseId',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['progress'],
        summary: 'One exercise’s history: sets, best set, volume and estimated 1RM per date',
        description:
          'Per date: the sets, the best set (heaviest load, then most reps, then most seconds), total reps and seconds, volume load (Σ reps × loadKg over sets with a load) and the day’s best estimated 1RM by Epley and by Brzycki from loaded sets of 1–12 reps (0.1 kg; null when there is none). At most 366 days.',
        params: z.object({ exerciseId: z.string().max(100) }),
        querystring: dateRangeQuery,
        response: { 200: exerciseHistoryView },
      },
    },
    async (request) => {
      const { exerciseId } = request.params;
      const { from, to } = request.query;
      const exercise = findExercise(exerciseId);
      if (!exercise) {
        throw new AppError(404, 'unknown-exercise', `no exercise "${exerciseId}" in the catalogue`);
      }
      checkRange(from, to);
      const days = await loadExerciseHistory(db, runnerOf(request).userId, exerciseId, from, to);
      return { exerciseId, exerciseName: exercise.name, from, to, days };
    },
  );

  app.get(
    '/api/progress/weekly-volume',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['progress'],
        summary: 'Weekly volume and session load, per ISO week',
        description:
          'The range (at most 366 days) is widened to whole ISO weeks, Monday to Sunday, and the answer names the widened range. Every week is listed, empty ones as zeros: sets, total reps, total seconds, volume load (kg), sessions logged (distinct session ids with a set or a workout) and session load (Σ workout RPE × minutes, B33, over workouts that have both).',
        querystring: dateRangeQuery,
        response: { 200: weeklyVolumeView },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      checkRange(from, to);
      return loadWeeklyVolume(db, runnerOf(request).userId, from, to);
    },
  );
};
