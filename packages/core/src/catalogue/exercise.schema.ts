import { z } from 'zod';
import { equipmentKindSchema } from './equipment';
import { muscleSchema } from './muscles';

export const EXPERIENCE_LEVELS = ['novice', 'intermediate', 'advanced'] as const;
export const experienceSchema = z.enum(EXPERIENCE_LEVELS);
export type Experience = z.infer<typeof experienceSchema>;
export const experienceRank = (level: Experience): number => EXPERIENCE_LEVELS.indexOf(level);

/** A5's stages: bodyweight and form, then weighted work, then plyometrics. */
export const STAGES = ['foundation', 'strength', 'power'] as const;
export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

export const INJURY_AREAS = [
  'achilles',
  'it-band',
  'knee',
  'shin',
  'plantar-fascia',
  'hamstring',
] as const;
export const injuryAreaSchema = z.enum(INJURY_AREAS);
export type InjuryArea = z.infer<typeof injuryAreaSchema>;

export const REGIONS = ['lower', 'core', 'upper', 'full'] as const;
export const regionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof regionSchema>;

export const MOVEMENT_PATTERNS = [
  'squat',
  'lunge',
  'step-up',
  'hinge',
  'bridge',
  'hip-abduction',
  'hip-adduction',
  'hip-flexion',
  'knee-flexion',
  'calf-raise',
  'tibialis',
  'foot',
  'anti-extension',
  'anti-rotation',
  'anti-lateral-flexion',
  'rotation',
  'push',
  'pull',
  'carry',
  'jump',
  'hop',
  'bound',
  'running-drill',
] as const;
export const movementPatternSchema = z.enum(MOVEMENT_PATTERNS);
export type MovementPattern = z.infer<typeof movementPatternSchema>;

export const DOSE_KINDS = ['reps', 'seconds', 'contacts'] as const;
export const doseKindSchema = z.enum(DOSE_KINDS);
export type DoseKind = z.infer<typeof doseKindSchema>;

/**
 * Seconds for each phase of one repetition (A6, B23). `intent: 'explosive'` means maximal
 * intended speed on the way up (power work); `up` is then the nominal time it takes.
 */
export const tempoSchema = z.strictObject({
  down: z.number().min(0).max(10),
  holdBottom: z.number().min(0).max(10),
  up: z.number().min(0).max(10),
  holdTop: z.number().min(0).max(10),
  intent: z.enum(['controlled', 'explosive']),
});
export type Tempo = z.infer<typeof tempoSchema>;

/** Seconds one repetition takes at this tempo. */
export const repSeconds = (tempo: Tempo): number =>
  tempo.down + tempo.holdBottom + tempo.up + tempo.holdTop;

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id');

export const defaultDoseSchema = z.strictObject({
  sets: z.number().int().min(1).max(6),
  /** Repetitions, seconds of hold, or foot contacts a set, by the exercise's dose kind. */
  amount: z.number().int().min(1).max(200),
});

export const exerciseSchema = z
  .strictObject({
    id: kebabId,
    name: z.string().min(3),
    summary: z.string().min(10),
    pattern: movementPatternSchema,
    region: regionSchema,
    primaryMuscles: z.array(muscleSchema).min(1),
    secondaryMuscles: z.array(muscleSchema),
    unilateral: z.boolean(),
    /** Whether the dose counts each side (or direction) separately: "3 × 10 per leg". */
    dosePerSide: z.boolean(),
    /**
     * Alternative equipment sets, any one of which suffices: `[]` needs nothing,
     * `[['dumbbells'], ['kettlebell']]` needs dumbbells or a kettlebell.
     */
    equipment: z.array(z.array(equipmentKindSchema).min(1)),
    /** Ways to add load once the bodyweight version tops out (A4). */
    loadableWith: z.array(z.enum(['dumbbells', 'kettlebell', 'weight-vest', 'band', 'barbell'])),
    stage: stageSchema,
    level: experienceSchema,
    doseKind: doseKindSchema,
    defaultDose: defaultDoseSchema,
    tempo: tempoSchema.nullable(),
    restSeconds: z.number().int().min(15).max(300),
    cues: z.array(z.string().min(5)).min(3),
    faults: z.array(z.string().min(5)).min(1),
    injuryAreas: z.array(injuryAreaSchema),
    regressions: z.array(kebabId),
    progressions: z.array(kebabId),
    /** Foot contacts one repetition makes (B20), for plyometric work dosed in reps. */
    contactsPerRep: z.number().int().min(1).max(10).optional(),
    plyometric: z.boolean(),
  })
  .superRefine((exercise, ctx) => {
    if (exercise.doseKind === 'seconds' && exercise.tempo !== null) {
      ctx.addIssue({ code: 'custom', path: ['tempo'], message: 'a timed hold has no tempo' });
    }
    if (exercise.doseKind !== 'seconds' && exercise.tempo === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['tempo'],
        message: 'a repeated movement needs a tempo',
      });
    }
    if (exercise.plyometric && exercise.doseKind === 'reps' && !exercise.contactsPerRep) {
      ctx.addIssue({
        code: 'custom',
        path: ['contactsPerRep'],
        message: 'plyometric work dosed in reps must say how many foot contacts a rep makes',
      });
    }
    if (exercise.plyometric && exercise.stage !== 'power') {
      ctx.addIssue({
        code: 'custom',
        path: ['stage'],
        message: 'plyometrics belong to the power stage (A5)',
      });
    }
  });
export type Exercise = z.infer<typeof exerciseSchema>;
