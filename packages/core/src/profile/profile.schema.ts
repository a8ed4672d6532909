import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date';
import { WEEKDAYS, weekdaySchema } from '../calendar/weekday';
import { bandTensionSchema } from '../catalogue/equipment';
import { experienceSchema, injuryAreaSchema } from '../catalogue/exercise.schema';
import { coachSettingsSchema } from './coach-settings';

export const PROFILE_VERSION = 1;

/** What the runner does on a day of their usual week. */
export const RUN_DAY_TYPES = ['rest', 'easy', 'quality', 'long', 'race'] as const;
export const runDayTypeSchema = z.enum(RUN_DAY_TYPES);
export type RunDayType = z.infer<typeof runDayTypeSchema>;

export const RACE_DISTANCES = ['5k', '10k', 'half-marathon', 'marathon', 'other'] as const;

export const MIN_PLAN_WEEKS = 1;
export const MAX_PLAN_WEEKS = 52;

export const runningWeekSchema = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((day) => [day, runDayTypeSchema])) as Record<
    (typeof WEEKDAYS)[number],
    typeof runDayTypeSchema
  >,
);
export type RunningWeek = z.infer<typeof runningWeekSchema>;

const positiveKg = z.number().positive().max(200);

export const equipmentSchema = z.strictObject({
  bands: z.array(bandTensionSchema).default([]),
  dumbbells: z.strictObject({ maxKg: positiveKg }).optional(),
  kettlebells: z.strictObject({ kg: z.array(positiveKg).min(1) }).optional(),
  weightVest: z.strictObject({ kg: positiveKg }).optional(),
  box: z.strictObject({ heightsCm: z.array(z.number().int().min(10).max(120)).min(1) }).optional(),
  pullUpBar: z.boolean().default(false),
  bench: z.boolean().default(false),
  barbell: z.boolean().default(false),
});
export type EquipmentInventory = z.infer<typeof equipmentSchema>;

export const injurySchema = z.strictObject({
  area: injuryAreaSchema,
  status: z.enum(['history', 'current']),
});
export type Injury = z.infer<typeof injurySchema>;

/** B31's single-leg heel-raise test: repetitions to fatigue on each leg. */
export const calfRaiseTestSchema = z.strictObject({
  leftReps: z.number().int().min(0).max(200),
  rightReps: z.number().int().min(0).max(200),
});

export const runnerProfileSchema = z.strictObject({
  version: z.literal(PROFILE_VERSION),
  name: z.string().max(100).optional(),
  startDate: isoDateSchema,
  weeks: z.number().int().min(MIN_PLAN_WEEKS).max(MAX_PLAN_WEEKS).optional(),
  experience: experienceSchema,
  units: z.enum(['metric', 'imperial']).default('metric'),
  /** B1: default 2, range 1–3. */
  sessionsPerWeek: z.number().int().min(1).max(3).default(2),
  minutesPerSession: z.number().int().min(20).max(120).default(35),
  runningWeek: runningWeekSchema,
  unavailableDays: z.array(weekdaySchema).default([]),
  race: z
    .strictObject({
      date: isoDateSchema,
      distance: z.enum(RACE_DISTANCES),
      name: z.string().max(100).optional(),
    })
    .optional(),
  equipment: equipmentSchema.default({
    bands: [],
    pullUpBar: false,
    bench: false,
    barbell: false,
  }),
  injuries: z.array(injurySchema).default([]),
  program: z.string().optional(),
  /** Planned running kilometres per plan week, when the runner's own plan is known (B9). */
  weeklyRunningKm: z.array(z.number().min(0).max(400)).optional(),
  calfRaiseTest: calfRaiseTestSchema.optional(),
  /**
   * Heart rate at rest and the highest the runner has seen, in bpm: a run without an RPE is
   * weighed by its heart-rate reserve (runs/run-load.ts). Both optional; the coach falls back to
   * 60 at rest and the highest maximum in the runner's own runs.
   */
  restingHeartRate: z.number().int().min(30).max(100).optional(),
  maxHeartRate: z.number().int().min(120).max(230).optional(),
  settings: coachSettingsSchema.optional(),
});

export type RunnerProfileInput = z.input<typeof runnerProfileSchema>;
export type RunnerProfile = z.output<typeof runnerProfileSchema>;
