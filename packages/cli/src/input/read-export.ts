import {
  type ActivitySummary,
  type HeartRateProfile,
  heartRatesOf,
  type LoggedSetLoad,
  type LoggedWorkoutLoad,
} from '@runstrong/core';
import { z } from 'zod';
import { CliError } from '../cli-error';
import type { ResolvedIo } from '../io';
import { readJsonFile } from './read-json-file';

const lap = z.object({
  elapsedSeconds: z.number(),
  distanceMeters: z.number().nullable(),
  avgHeartRate: z.number().nullable(),
});

/**
 * The parts of a RunStrong export (GET /api/export, or Settings → Export) that load needs. Read
 * loosely — other fields are the server's business — but what is read must have the right type.
 */
const exportSchema = z.object({
  format: z.literal('runstrong-export'),
  profile: z.object({ profile: z.record(z.string(), z.unknown()) }).nullable(),
  workouts: z.array(
    z.object({
      sessionId: z.string(),
      performedOn: z.string(),
      rpe: z.number().nullable(),
      durationMinutes: z.number().nullable(),
    }),
  ),
  sets: z.array(
    z.object({ sessionId: z.string(), performedOn: z.string(), rpe: z.number().nullable() }),
  ),
  activities: z
    .array(
      z.object({
        id: z.string(),
        start: z.string().nullable(),
        sport: z.string(),
        elapsedSeconds: z.number(),
        movingSeconds: z.number().nullable(),
        distanceMeters: z.number().nullable(),
        avgHeartRate: z.number().nullable(),
        maxHeartRate: z.number().nullable(),
        laps: z.array(lap),
        rpe: z.number().nullable(),
      }),
    )
    .default([]),
});

export interface ExportForLoad {
  workouts: LoggedWorkoutLoad[];
  sets: LoggedSetLoad[];
  activities: (ActivitySummary & { id: string; rpe: number | null })[];
  heart: HeartRateProfile;
}

const numberOr = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : undefined;

/** Reads an export file; a wrong document fails with one line per problem, naming the field. */
export const readExportForLoad = async (shown: string, io: ResolvedIo): Promise<ExportForLoad> => {
  const parsed = exportSchema.safeParse(await readJsonFile(shown, io));
  if (!parsed.success) {
    throw new CliError(
      'invalid-option',
      parsed.error.issues
        .slice(0, 10)
        .map(
          (issue) =>
            `${shown}: ${issue.path.join('.') || '(document)'}: ${issue.message}; expected a RunStrong export (Settings → Export, or GET /api/export)`,
        ),
    );
  }
  const doc = parsed.data;
  return {
    workouts: doc.workouts,
    sets: doc.sets,
    activities: doc.activities,
    heart: heartRatesOf({
      restingHeartRate: numberOr(doc.profile?.profile.restingHeartRate),
      maxHeartRate: numberOr(doc.profile?.profile.maxHeartRate),
    }),
  };
};
