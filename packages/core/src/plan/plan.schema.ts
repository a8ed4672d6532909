import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date';
import { weekdaySchema } from '../calendar/weekday';
import { bandTensionSchema } from '../catalogue/equipment';
import { experienceSchema, injuryAreaSchema, tempoSchema } from '../catalogue/exercise.schema';
import { coachSettingsSchema } from '../profile/coach-settings';
import { runDayTypeSchema } from '../profile/profile.schema';
import { dayReasonSchema, decisionSchema } from './decision';

export const PLAN_VERSION = 1;

export const PHASES = [
  'foundation',
  'strength',
  'power',
  'taper',
  'deload',
  'maintenance',
] as const;
export const phaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof phaseSchema>;

/** What is added to the movement: nothing, a band, weights, a vest, or a box to jump on. */
export const loadSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('band'), tension: bandTensionSchema }),
  z.strictObject({
    kind: z.literal('kg'),
    equipment: z.enum(['dumbbells', 'kettlebell', 'barbell']),
    /** A fixed weight the runner owns (a kettlebell), or null: choose it by `targetRpe`. */
    kg: z.number().positive().nullable(),
    /** The heaviest the runner has of this equipment, when known. */
    maxKg: z.number().positive().optional(),
    targetRpe: z.number().min(6).max(10).optional(),
    /** B17: the share of 1RM that the reps at the target RPE correspond to. */
    percentOneRepMax: z.number().min(0.5).max(1).optional(),
  }),
  z.strictObject({ kind: z.literal('vest'), kg: z.number().positive() }),
  z.strictObject({ kind: z.literal('box'), heightCm: z.number().int().positive() }),
]);
export type Load = z.infer<typeof loadSchema>;

export const planExerciseSchema = z
  .strictObject({
    exerciseId: z.string(),
    name: z.string(),
    sets: z.number().int().min(1).max(10),
    reps: z.number().int().min(1).optional(),
    seconds: z.number().int().min(1).optional(),
    contacts: z.number().int().min(1).optional(),
    /** When the protocol gives a range ("3 × 6–8"), the dose is its lower end. */
    repRange: z.tuple([z.number().int(), z.number().int()]).optional(),
    /** When sets differ ("12/10/8"), the reps of each set in order. */
    repsBySet: z.array(z.number().int().min(1)).optional(),
    perSide: z.boolean(),
    /** For one-sided work, what one side is: a leg, or a side of the body. */
    side: z.enum(['leg', 'side']).optional(),
    tempo: tempoSchema.nullable(),
    restSeconds: z.number().int().min(0),
    load: loadSchema,
    targetRpe: z.number().min(1).max(10).optional(),
    /** Foot contacts this exercise makes in the session, for plyometrics (B20). */
    footContacts: z.number().int().min(0).optional(),
    cues: z.array(z.string()).min(1),
    note: z.string().optional(),
  })
  .refine(
    (e) => [e.reps, e.seconds, e.contacts].filter((v) => v !== undefined).length === 1,
    'exactly one of reps, seconds or contacts',
  );
export type PlanExercise = z.infer<typeof planExerciseSchema>;

export const sessionAdaptationSchema = z.strictObject({
  /** "Moved from Saturday 9 January", "Sets cut to 50 %". */
  what: z.string(),
  why: z.string(),
  /** For a lightening: the share of sets kept, so the same cut is never made twice. */
  setFraction: z.number().min(0.3).max(1).optional(),
});
export type SessionAdaptation = z.infer<typeof sessionAdaptationSchema>;

export const planSessionSchema = z.strictObject({
  /** Stable across regenerations of the same plan: calendars update rather than duplicate. */
  id: z.string(),
  kind: z.enum(['strength', 'activation', 'rehab']),
  title: z.string(),
  /** Heavy lower-body work (B5, B7, B12). */
  heavy: z.boolean(),
  estimatedMinutes: z.number().int().min(1),
  exercises: z.array(planExerciseSchema).min(1),
  /** Same-day separation from the run (B6). */
  timing: z.string().optional(),
  notes: z.array(z.string()),
  /** Set when the runner skipped the session: it stays in the plan, as planned but not done. */
  skipped: z.boolean().optional(),
  /** The date the runner moved the session from. */
  movedFrom: isoDateSchema.optional(),
  /**
   * What the coach changed after the plan was made, and why: moved or lightened because the
   * runner's imported runs showed their week changed (runs/adapt-to-runs.ts).
   */
  adaptations: z.array(sessionAdaptationSchema).optional(),
});
export type PlanSession = z.infer<typeof planSessionSchema>;

export const planDaySchema = z.strictObject({
  date: isoDateSchema,
  weekday: weekdaySchema,
  run: runDayTypeSchema,
  sessions: z.array(planSessionSchema),
  /** Why this day has, or lacks, a strength session. */
  reasons: z.array(dayReasonSchema),
});
export type PlanDay = z.infer<typeof planDaySchema>;

export const planWeekSchema = z.strictObject({
  index: z.number().int().min(1),
  phase: phaseSchema,
  startDate: isoDateSchema,
  summary: z.string(),
  /** Things to test or check that week (B29's weekly pain check, B31's heel-raise test). */
  checks: z.array(z.string()),
  days: z.array(planDaySchema),
});
export type PlanWeek = z.infer<typeof planWeekSchema>;

export const expectationSchema = z.strictObject({
  outcome: z.string(),
  figure: z.string(),
  source: z.string(),
  rule: z.string(),
});
export type Expectation = z.infer<typeof expectationSchema>;

export const planSchema = z.strictObject({
  version: z.literal(PLAN_VERSION),
  programme: z.strictObject({ id: z.string(), name: z.string() }),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  race: z
    .strictObject({ date: isoDateSchema, distance: z.string(), name: z.string().optional() })
    .optional(),
  experience: experienceSchema,
  units: z.enum(['metric', 'imperial']),
  sessionsPerWeek: z.number().int().min(1).max(3),
  minutesPerSession: z.number().int(),
  injuries: z.array(
    z.strictObject({ area: injuryAreaSchema, status: z.enum(['history', 'current']) }),
  ),
  settings: coachSettingsSchema,
  weeks: z.array(planWeekSchema).min(1),
  decisions: z.array(decisionSchema),
  expectations: z.array(expectationSchema),
});
export type Plan = z.infer<typeof planSchema>;
