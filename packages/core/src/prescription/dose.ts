import type { Exercise, Experience, Tempo } from '../catalogue/exercise.schema';
import { progressAmount, topOf } from './progress-amount';
import type { SlotRole } from './slot';

export type LoadingPhase = 'foundation' | 'strength' | 'power' | 'maintenance';

export interface DoseContext {
  phase: LoadingPhase;
  weekInPhase: number;
  phaseLength: number;
  experience: Experience;
  role: SlotRole;
}

export interface Dose {
  sets: number;
  amount: number;
  tempo: Tempo | null;
  restSeconds: number;
  targetRpe: number;
  /** Heavy lower-body work (B3): decides B5/B7/B12 and the %1RM shown. */
  heavy: boolean;
  /** Load may be added to a bodyweight movement (A5: not in the foundation stage). */
  addLoad: boolean;
}

/** B23: strength tempo, 2 s down and 1 s up, with no pauses. */
export const STRENGTH_TEMPO: Tempo = {
  down: 2,
  holdBottom: 0,
  up: 1,
  holdTop: 0,
  intent: 'controlled',
};
/** A6: the advanced slow eccentric, 3 s down and 1 s up. */
export const SLOW_ECCENTRIC_TEMPO: Tempo = {
  down: 3,
  holdBottom: 0,
  up: 1,
  holdTop: 0,
  intent: 'controlled',
};

/** B3: 3–5 sets of the heavy lifts; novices at the low end. */
const HEAVY_SETS: Record<Experience, number> = { novice: 3, intermediate: 4, advanced: 4 };
/** B3 and B10: 3–6 reps in the heavy phase; novices stay at 6, others work down to 4. */
const heavyReps = (experience: Experience, share: number): number =>
  experience === 'novice' ? 6 : 6 - Math.round(2 * share);

const LOWER_BODY_ROLES: readonly SlotRole[] = ['main', 'single-leg', 'hinge', 'calf'];

/**
 * The planned dose of an exercise in a loading week. Foundation work climbs from the catalogue's
 * dose to half as much again (A4); strength work is heavy and low-rep for the main lift (B3),
 * 8–10 loaded reps for the rest; power weeks keep one heavy lift beside the jumps (B22).
 */
export const planDose = (exercise: Exercise, ctx: DoseContext): Dose => {
  const base = exercise.defaultDose;
  const share = ctx.phaseLength <= 1 ? 1 : (ctx.weekInPhase - 1) / (ctx.phaseLength - 1);
  const foundation: Dose = {
    sets: base.sets,
    amount: progressAmount(base.amount, topOf(base.amount), ctx.weekInPhase, ctx.phaseLength),
    tempo: exercise.tempo,
    restSeconds: exercise.restSeconds,
    targetRpe: 7,
    heavy: false,
    addLoad: false,
  };
  if (
    ctx.phase === 'foundation' ||
    exercise.doseKind !== 'reps' ||
    !LOWER_BODY_ROLES.includes(ctx.role)
  ) {
    return foundation;
  }
  if (ctx.role === 'main') {
    const power = ctx.phase === 'power';
    return {
      sets: power ? 3 : HEAVY_SETS[ctx.experience],
      amount: power ? 5 - Math.round(share) : heavyReps(ctx.experience, share),
      tempo: exercise.tempo?.intent === 'explosive' ? exercise.tempo : STRENGTH_TEMPO,
      restSeconds: Math.max(exercise.restSeconds, 150),
      targetRpe: ctx.experience === 'novice' && ctx.weekInPhase === 1 ? 7 : 8,
      heavy: true,
      addLoad: true,
    };
  }
  return {
    sets: 3,
    amount: 8 + Math.round(2 * share),
    tempo: exercise.tempo,
    restSeconds: Math.max(exercise.restSeconds, 90),
    targetRpe: 8,
    heavy: false,
    addLoad: true,
  };
};
