import { inferRunningWeek, planChangeSchema } from '@runstrong/core';
import { z } from 'zod';
import { activityRepository } from '../activities/activity.repository';
import { activityView } from '../activities/activity-rows';
import { adaptPlanToRuns } from '../activities/adapt-plan';
import { readUpload } from '../activities/read-upload';
import { loadRunnerRuns } from '../activities/runner-runs';
import { storeNewActivities } from '../activities/store-import';
import { notFound, unprocessable } from '../http/app-error';
import { runnerOf } from '../http/authenticate';
import type { RouteDeps } from '../http/route-deps';
import type { ZodApp } from '../http/zod-app';
import { loadRunnerProfile } from '../plans/stored-profile';
import { todayOf } from '../plans/today';

const lapView = z.object({
  start: z.string().nullable(),
  elapsedSeconds: z.number(),
  movingSeconds: z.number().nullable(),
  distanceMeters: z.number().nullable(),
  avgHeartRate: z.number().nullable(),
  maxHeartRate: z.number().nullable(),
});

const activityViewSchema = z.object({
  id: z.string(),
  file: z.string(),
  sport: z.string(),
  start: z.string().nullable(),
  elapsedSeconds: z.number(),
  movingSeconds: z.number().nullable(),
  distanceMeters: z.number().nullable(),
  elevationGainMeters: z.number().nullable(),
  avgHeartRate: z.number().nullable(),
  maxHeartRate: z.number().nullable(),
  laps: z.array(lapView),
  format: z.string(),
  indexInFile: z.int(),
  subSport: z.string().nullable(),
  startIsDeviceRelative: z.boolean(),
  hasGps: z.boolean(),
  rpe: z.number().nullable(),
  importedAt: z.string(),
  classification: z
    .object({
      kind: z.enum(['easy', 'quality', 'long']),
      race: z.boolean(),
      reasons: z.array(z.string()),
    })
    .nullable(),
});

const problemView = z.object({ file: z.string(), code: z.string(), message: z.string() });

const adaptationView = z.object({
  signals: z.array(z.looseObject({ kind: z.string(), evidence: z.string() })),
  changes: z.array(planChangeSchema),
});

const importView = z.object({
  imported: z.array(activityViewSchema),
  alreadyStored: z.int(),
  duplicatesMerged: z.int(),
  files: z.int(),
  problems: z.array(problemView),
  adaptation: adaptationView,
});

const WEEKDAY_TYPES = z.enum(['rest', 'easy', 'quality', 'long', 'race']);
const runningWeekView = z.record(z.string(), WEEKDAY_TYPES);

/**
 * Activities: upload (multipart, streamed, size-limited; FIT, GPX, TCX, Strava CSV, gzip, or a
 * whole Strava export zip), the list with each run's kind and why, the runner's own RPE for a run,
 * delete, and the running week their runs suggest. Every query is scoped to the signed-in runner.
 */
export const registerActivityRoutes = (app: ZodApp, deps: RouteDeps): void => {
  const { db } = deps.store;
  const auth = { preHandler: deps.authenticate };

  app.post(
    '/api/activities',
    {
      ...auth,
      schema: {
        tags: ['activities'],
        summary: 'Upload activity files or a Strava export zip',
        description:
          'multipart/form-data; every file part is imported (field name `files` by convention). FIT, GPX, TCX, Strava `activities.csv`, any of them gzipped, or a whole Strava export `.zip` (streamed: never held whole). A file may unpack to 64 MiB, a zip to 1 GiB in all; the whole upload is limited by `UPLOAD_LIMIT_BYTES` (413 `upload-too-large`, nothing stored). A bad file is reported in `problems` with a stable code and the others are still imported; when no file gives an activity the answer is 422 `no-activities` with the problems. Activities already stored (same sport, start within 60 s, distance within 2 %) are counted in `alreadyStored` and not stored again. The plan then adapts to what the runs show (`adaptation`).',
        response: { 200: importView },
      },
    },
    async (request) => {
      const userId = runnerOf(request).userId;
      const upload = await readUpload(request, deps.config.uploadLimit);
      const now = deps.now();
      const { stored, alreadyStored } = await storeNewActivities(
        db,
        userId,
        upload.activities,
        now.toISOString(),
      );
      if (stored.length === 0 && alreadyStored === 0) {
        throw unprocessable('no-activities', 'no file in the upload gave an activity', {
          problems: upload.problems,
        });
      }
      const runs = await loadRunnerRuns(db, userId);
      const adaptation =
        stored.length > 0
          ? await adaptPlanToRuns(db, userId, runs, todayOf(now), now.toISOString())
          : { signals: [], changes: [] };
      return {
        imported: stored.map((row) => activityView(row, runs.classificationOf(row.id))),
        alreadyStored,
        duplicatesMerged: upload.duplicatesMerged,
        files: upload.files,
        problems: upload.problems,
        adaptation,
      };
    },
  );

  app.get(
    '/api/activities',
    {
      ...auth,
      schema: {
        tags: ['activities'],
        summary: 'Every imported activity, newest first, each run with its kind and why',
        response: { 200: z.object({ activities: z.array(activityViewSchema) }) },
      },
    },
    async (request) => {
      const runs = await loadRunnerRuns(db, runnerOf(request).userId);
      return {
        activities: runs.rows.map((row) => activityView(row, runs.classificationOf(row.id))),
      };
    },
  );

  app.patch(
    '/api/activities/:id',
    {
      ...auth,
      schema: {
        tags: ['activities'],
        summary: 'Give a run your own session RPE (CR-10), used for its load (B33)',
        params: z.object({ id: z.string().max(100) }),
        body: z.strictObject({ rpe: z.number().min(0).max(10).nullable() }),
      },
    },
    async (request, reply) => {
      const updated = await activityRepository(db).setRpe(
        runnerOf(request).userId,
        request.params.id,
        request.body.rpe,
      );
      if (!updated) throw notFound('that activity');
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/activities/:id',
    {
      ...auth,
      schema: {
        tags: ['activities'],
        summary: 'Delete an imported activity',
        params: z.object({ id: z.string().max(100) }),
      },
    },
    async (request, reply) => {
      const removed = await activityRepository(db).remove(
        runnerOf(request).userId,
        request.params.id,
      );
      if (!removed) throw notFound('that activity');
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/activities/running-week',
    {
      ...auth,
      schema: {
        tags: ['activities'],
        summary: 'The running week the last 8 weeks of runs show, with the evidence',
        description:
          '`suggestion` is null until runs exist in at least 3 of the last 8 complete weeks. `current` is the profile’s running week; `differs` says whether the suggestion is different. Apply it by saving the profile with this `runningWeek`.',
        response: {
          200: z.object({
            suggestion: z
              .object({
                runningWeek: runningWeekView,
                weeksSeen: z.int(),
                evidence: z.array(z.string()),
              })
              .nullable(),
            current: runningWeekView.nullable(),
            differs: z.boolean(),
          }),
        },
      },
    },
    async (request) => {
      const userId = runnerOf(request).userId;
      const runs = await loadRunnerRuns(db, userId);
      const suggestion =
        inferRunningWeek(runs.runs, runs.classifications, todayOf(deps.now())) ?? null;
      const current = (await loadRunnerProfile(db, userId))?.runningWeek ?? null;
      const differs =
        suggestion !== null &&
        (current === null ||
          Object.entries(suggestion.runningWeek).some(
            ([day, type]) => current[day as keyof typeof current] !== type,
          ));
      return { suggestion, current, differs };
    },
  );
};
