import {
  addDays,
  heartRatesOf,
  isoDateSchema,
  loadPicture,
  loadPictureJson,
} from '@runstrong/core';
import { z } from 'zod';
import { loadRunnerRuns } from '../activities/runner-runs';
import { loadStrengthLoads } from '../activities/strength-load';
import { runnerOf } from '../http/authenticate';
import type { RouteDeps } from '../http/route-deps';
import type { ZodApp } from '../http/zod-app';
import { loadRunnerProfile } from '../plans/stored-profile';
import { todayOf } from '../plans/today';

const nullable = z.number().nullable();

const loadView = z.object({
  from: z.string(),
  to: z.string(),
  days: z.array(z.object({ date: z.string(), running: z.number(), strength: z.number() })),
  weeks: z.array(
    z.object({
      start: z.string(),
      running: z.number(),
      strength: z.number(),
      load: z.number(),
      monotony: nullable,
      strain: nullable,
    }),
  ),
  acuteChronic: z.object({ ratio: nullable, note: z.string() }),
  fitnessFatigue: z.array(
    z.object({ date: z.string(), fitness: z.number(), fatigue: z.number(), form: z.number() }),
  ),
  runLoads: z.array(
    z.object({
      runId: z.string(),
      date: z.string(),
      load: z.number(),
      method: z.enum(['rpe', 'heart-rate', 'duration']),
      explanation: z.string(),
    }),
  ),
});

/**
 * Running and strength load in one picture (B33–B36): daily loads, weekly load with monotony and
 * strain, the acute:chronic ratio as a description only, and Banister fitness and fatigue.
 */
export const registerLoadRoutes = (app: ZodApp, deps: RouteDeps): void => {
  const { db } = deps.store;

  app.get(
    '/api/load',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['progress'],
        summary: 'Running and strength load together, day by day and week by week',
        description:
          'The `days` days up to `to` (default today, server UTC date). Strength: session RPE × minutes from the log (the workout’s RPE, else its sets’ mean; its minutes, else your profile’s minutes per session). Runs: your RPE × minutes when given, else a heart-rate TRIMP, else an estimate from duration and the run’s kind — `runLoads` says which. Fitness and fatigue start from zero at `from`, so give enough days (84 by default) for them to settle.',
        querystring: z.object({
          days: z.coerce.number().int().min(7).max(366).default(84),
          to: isoDateSchema.optional(),
        }),
        response: { 200: loadView },
      },
    },
    async (request) => {
      const userId = runnerOf(request).userId;
      const to = request.query.to ?? todayOf(deps.now());
      const from = addDays(to, 1 - request.query.days);
      const [runs, profile] = await Promise.all([
        loadRunnerRuns(db, userId),
        loadRunnerProfile(db, userId),
      ]);
      const strength = await loadStrengthLoads(db, userId, from, to, profile?.minutesPerSession);
      const picture = loadPicture({
        runs: runs.runs,
        classifications: runs.classifications,
        strength,
        heart: heartRatesOf(profile),
        from,
        to,
      });
      return loadPictureJson(picture, from, to);
    },
  );
};
