import { planChangeSchema, planSchema, validateProfile } from '@runstrong/core';
import { z } from 'zod';
import { clientId, setBody, setView, workoutBody, workoutView } from '../log/log.schemas';

export const EXPORT_FORMAT = 'runstrong-export';
export const EXPORT_VERSION = 1;

/** Issues reported for one embedded plan: enough to find the problem, not a page per field. */
const MAX_ISSUES_PER_PLAN = 10;

const timestamp = z.iso.datetime({ offset: true });
const jsonObject = z.record(z.string(), z.unknown());

/**
 * Profiles and plans travel as the JSON the server stored, not as parsed by the core (which would
 * add defaults), so an export imported and exported again is the same document. On import they
 * are still checked with the core's own rules, with the field paths of what is wrong.
 */
const checkedProfile = jsonObject.superRefine((value, ctx) => {
  const result = validateProfile(value);
  if (result.ok) return;
  for (const problem of result.error) {
    const path = problem.path === '(profile)' ? [] : problem.path.split(/\.|\[(\d+)\]/);
    ctx.addIssue({
      code: 'custom',
      message: problem.message,
      path: path.filter((key): key is string => Boolean(key)),
    });
  }
});

const checkedPlan = jsonObject.superRefine((value, ctx) => {
  const result = planSchema.safeParse(value);
  if (result.success) return;
  for (const issue of result.error.issues.slice(0, MAX_ISSUES_PER_PLAN)) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }
});

const change = z.strictObject({
  id: z.uuid(),
  change: planChangeSchema,
  warning: z.string().nullable(),
  createdAt: timestamp,
});

/**
 * Workouts and sets as the log's API shows them; on import they must pass the log's own input
 * rules (ranges, bands, client-made UUIDs), with the timestamps they had.
 */
const stamps = { id: clientId, createdAt: timestamp, updatedAt: timestamp };
const importedWorkout = workoutBody.extend(stamps);
const importedSet = setBody.extend(stamps);

const lap = z.strictObject({
  start: z.string().nullable(),
  elapsedSeconds: z.number().min(0),
  movingSeconds: z.number().min(0).nullable(),
  distanceMeters: z.number().min(0).nullable(),
  avgHeartRate: z.number().min(0).max(300).nullable(),
  maxHeartRate: z.number().min(0).max(300).nullable(),
});

/** An imported activity's summary as stored (the files themselves are never kept). */
const exportedActivity = z.strictObject({
  id: z.uuid(),
  file: z.string().max(1000),
  format: z.enum(['fit', 'gpx', 'tcx', 'strava-csv']),
  indexInFile: z.int().min(0),
  sport: z.enum(['running', 'cycling', 'walking', 'hiking', 'swimming', 'other']),
  subSport: z.string().max(100).nullable(),
  start: z.iso.datetime({ offset: true }).nullable(),
  startIsDeviceRelative: z.boolean(),
  elapsedSeconds: z.number().min(0),
  movingSeconds: z.number().min(0).nullable(),
  distanceMeters: z.number().min(0).nullable(),
  elevationGainMeters: z.number().min(0).nullable(),
  avgHeartRate: z.number().min(0).max(300).nullable(),
  maxHeartRate: z.number().min(0).max(300).nullable(),
  laps: z.array(lap),
  hasGps: z.boolean(),
  rpe: z.number().min(0).max(10).nullable(),
  importedAt: timestamp,
});
export type ExportedActivity = z.infer<typeof exportedActivity>;

const documentSchema = <W extends z.ZodType, S extends z.ZodType>(parts: {
  profile: typeof jsonObject;
  plan: typeof jsonObject;
  workout: W;
  set: S;
}) =>
  z.strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: timestamp,
    /** Who exported it; an import keeps the signed-in account as it is. */
    account: z.strictObject({ email: z.string(), name: z.string() }),
    profile: z.strictObject({ profile: parts.profile, updatedAt: timestamp }).nullable(),
    plans: z.array(
      z.strictObject({
        id: z.uuid(),
        version: z.int().min(1),
        programmeId: z.string().min(1),
        createdAt: timestamp,
        profile: parts.profile,
        plan: parts.plan,
        changes: z.array(change),
      }),
    ),
    workouts: z.array(parts.workout),
    sets: z.array(parts.set),
    /** Imported runs and other activities; absent from exports made before they existed. */
    activities: z.array(exportedActivity).default([]),
    /** For the record only: a token is a secret the export never carries, so none is imported. */
    apiTokens: z.array(z.strictObject({ name: z.string(), createdAt: timestamp })),
  });

/** What GET /api/export answers. */
export const exportDocumentSchema = documentSchema({
  profile: jsonObject,
  plan: jsonObject,
  workout: workoutView,
  set: setView,
});
export type ExportDocument = z.infer<typeof exportDocumentSchema>;

const duplicates = (values: readonly (string | number)[]): Set<number> => {
  const seen = new Set<string | number>();
  const at = new Set<number>();
  values.forEach((value, i) => {
    if (seen.has(value)) at.add(i);
    seen.add(value);
  });
  return at;
};

/** What POST /api/import accepts: the same document, checked through, with no id twice. */
export const importDocumentSchema = documentSchema({
  profile: checkedProfile,
  plan: checkedPlan,
  workout: importedWorkout,
  set: importedSet,
}).superRefine((doc, ctx) => {
  const report = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', message, path });
  for (const i of duplicates(doc.plans.map((p) => p.id)))
    report(['plans', i, 'id'], 'appears twice');
  for (const i of duplicates(doc.plans.map((p) => p.version)))
    report(['plans', i, 'version'], 'appears twice');
  const changes = doc.plans.flatMap((p, i) => p.changes.map((c, j) => ({ id: c.id, i, j })));
  for (const k of duplicates(changes.map((c) => c.id))) {
    const c = changes[k];
    if (c) report(['plans', c.i, 'changes', c.j, 'id'], 'appears twice');
  }
  for (const i of duplicates(doc.workouts.map((w) => w.id)))
    report(['workouts', i, 'id'], 'appears twice');
  for (const i of duplicates(doc.sets.map((s) => s.id))) report(['sets', i, 'id'], 'appears twice');
  for (const i of duplicates(doc.activities.map((a) => a.id)))
    report(['activities', i, 'id'], 'appears twice');
});
export type ImportDocument = z.infer<typeof importDocumentSchema>;

/** The first thing an import checks, so a different document gets a plain answer. */
export const isSupportedExport = (body: unknown): boolean =>
  typeof body === 'object' &&
  body !== null &&
  'format' in body &&
  body.format === EXPORT_FORMAT &&
  'version' in body &&
  body.version === EXPORT_VERSION;
