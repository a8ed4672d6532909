import { isoDateSchema } from '@runstrong/core';
import { z } from 'zod';

/**
 * The workout log's API shapes: camelCase here, snake_case in the database (the repositories
 * translate). Inputs accept `null` wherever a field may be left out, so a client can send back a
 * row it read; outputs always carry every field, `null` when unknown.
 */

export const BANDS = ['light', 'medium', 'heavy'] as const;
export type Band = (typeof BANDS)[number];
export const MAX_BATCH_SETS = 200;

/** A client-made id: the same id on a retry is what makes a write idempotent. */
export const clientId = z.uuid({ message: 'expected a UUID made by the client' });
export const idParams = z.object({ id: clientId });

const sessionId = z.string().trim().min(1).max(100);
const exerciseId = z.string().trim().min(1).max(100);
const setNumber = z.int().min(1).max(20);
const reps = z.int().min(0).max(500);
const seconds = z.int().min(0).max(3600);
const loadKg = z.number().min(0).max(500);
const band = z.enum(BANDS);
/** RPE on the CR-10 scale, half points allowed. */
const rpe = z.number().min(1).max(10).multipleOf(0.5);
const pain = z.int().min(0).max(10);
const notes = z.string().max(1000);
const durationMinutes = z.int().min(1).max(600);

const setShape = {
  sessionId,
  exerciseId,
  setNumber,
  performedOn: isoDateSchema,
  reps: reps.nullish(),
  seconds: seconds.nullish(),
  loadKg: loadKg.nullish(),
  band: band.nullish(),
  rpe: rpe.nullish(),
  pain: pain.nullish(),
  notes: notes.nullish(),
};

/** PUT /api/log/sets/:id: the whole set (it replaces what is stored under the id). */
export const setBody = z.strictObject(setShape);
export type SetInput = z.infer<typeof setBody>;

/** POST /api/log/sets/batch: each item carries its own client-made id. */
export const setBatchBody = z.strictObject({
  sets: z.array(z.strictObject({ id: clientId, ...setShape })).max(MAX_BATCH_SETS),
});

/** PATCH /api/log/sets/:id: any fields; `null` clears an optional one. */
export const setPatchBody = z.strictObject({
  sessionId: sessionId.optional(),
  exerciseId: exerciseId.optional(),
  setNumber: setNumber.optional(),
  performedOn: isoDateSchema.optional(),
  reps: reps.nullish(),
  seconds: seconds.nullish(),
  loadKg: loadKg.nullish(),
  band: band.nullish(),
  rpe: rpe.nullish(),
  pain: pain.nullish(),
  notes: notes.nullish(),
});
export type SetPatch = z.infer<typeof setPatchBody>;

export const setView = z.object({
  id: z.string(),
  sessionId: z.string(),
  exerciseId: z.string(),
  setNumber: z.int(),
  performedOn: z.string(),
  reps: z.int().nullable(),
  seconds: z.int().nullable(),
  loadKg: z.number().nullable(),
  band: band.nullable(),
  rpe: z.number().nullable(),
  pain: z.int().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SetView = z.infer<typeof setView>;

/** PUT /api/log/workouts/:id: one summary per logged session. */
export const workoutBody = z.strictObject({
  sessionId,
  performedOn: isoDateSchema,
  rpe: rpe.nullish(),
  durationMinutes: durationMinutes.nullish(),
  /** B26: pain (0–10) before the session, and the next morning; the coach compares them. */
  painBefore: pain.nullish(),
  painNextMorning: pain.nullish(),
  notes: notes.nullish(),
});
export type WorkoutInput = z.infer<typeof workoutBody>;

export const workoutPatchBody = z.strictObject({
  sessionId: sessionId.optional(),
  performedOn: isoDateSchema.optional(),
  rpe: rpe.nullish(),
  durationMinutes: durationMinutes.nullish(),
  painBefore: pain.nullish(),
  painNextMorning: pain.nullish(),
  notes: notes.nullish(),
});
export type WorkoutPatch = z.infer<typeof workoutPatchBody>;

export const workoutView = z.object({
  id: z.string(),
  sessionId: z.string(),
  performedOn: z.string(),
  rpe: z.number().nullable(),
  durationMinutes: z.int().nullable(),
  painBefore: z.int().nullable(),
  painNextMorning: z.int().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WorkoutView = z.infer<typeof workoutView>;
