import type { RuleId } from '../plan/rule-id';
import { reachedTarget } from './successful-session';

/** One logged working set. */
export interface LoggedSet {
  reps: number;
  /** Rate of perceived exertion, 1–10; missing when the runner did not log it. */
  rpe?: number;
}

/** One session's sets of one exercise, and what was prescribed. */
export interface ExerciseSession {
  sets: readonly LoggedSet[];
  /** B13: the rep range of double progression, e.g. [8, 12]. */
  repRange: readonly [number, number];
  /** The reps prescribed for this session, within the range. */
  targetReps: number;
  targetRpe: number;
  /** Sets prescribed: a session with fewer sets done is not a success. Default 1. */
  prescribedSets?: number;
  /**
   * What one more "rep" is: 1 for repetitions, 5 for a hold counted in seconds (the amounts in
   * `sets`, `repRange` and `targetReps` are then seconds). B14's margin is two of them.
   */
  amountStep?: number;
}

export type ProgressionAction = 'raise-load' | 'add-reps' | 'hold' | 'cut-load';

export interface ProgressionStep {
  action: ProgressionAction;
  rule: RuleId;
  /** Reps to aim for next time. */
  nextReps: number;
  reason: string;
}

/** The hardest set decides how hard the session was: the conservative reading. */
const sessionRpe = (session: ExerciseSession): number | undefined => {
  const rpes = session.sets.map((s) => s.rpe).filter((r): r is number => r !== undefined);
  return rpes.length > 0 ? Math.max(...rpes) : undefined;
};

const tooHard = (s: ExerciseSession) => (sessionRpe(s) ?? 0) >= s.targetRpe + 1;
const lastSetMargin = (s: ExerciseSession) => (s.sets.at(-1)?.reps ?? 0) - s.targetReps;
const stepOf = (s: ExerciseSession) => s.amountStep ?? 1;

/** Every set reached `amount` at or below the target RPE: the one definition of success. */
const reached = (s: ExerciseSession, amount: number): boolean =>
  reachedTarget(
    s.sets.map((set) => ({ amount: set.reps, rpe: set.rpe ?? null })),
    { sets: s.prescribedSets ?? 1, amount, rpe: s.targetRpe },
  );

/** B13's success: every prescribed set reached the target reps at or below the target RPE. */
export const isSuccessfulSession = (s: ExerciseSession): boolean => reached(s, s.targetReps);

/**
 * The next step for one exercise from its logged sessions, oldest first (B13, B14, B16). Safety
 * comes first: a session at target RPE + 1 or harder holds the load, and two in a row cut it
 * (same reps, one load step down). A failed session (a set short of the target, or above the
 * target RPE) holds: nothing progresses on a failure. Then double progression, the 2-for-2 rule,
 * and an early step when it was far too easy.
 */
export const nextProgressionStep = (history: readonly ExerciseSession[]): ProgressionStep => {
  const last = history.at(-1);
  if (!last) throw new RangeError('a progression step needs at least one logged session');
  const previous = history.at(-2);
  const [lo, hi] = last.repRange;
  const rpe = sessionRpe(last);

  if (tooHard(last)) {
    return previous && tooHard(previous)
      ? {
          action: 'cut-load',
          rule: 'B16',
          nextReps: last.targetReps,
          reason: `RPE ${rpe} twice at or above target + 1: cut the load 2.5–5 %.`,
        }
      : {
          action: 'hold',
          rule: 'B16',
          nextReps: last.targetReps,
          reason: `RPE ${rpe} is at or above target + 1: hold the load.`,
        };
  }
  if (!isSuccessfulSession(last)) {
    return {
      action: 'hold',
      rule: 'B13',
      nextReps: last.targetReps,
      reason: `Not every set reached ${last.targetReps} at or below RPE ${last.targetRpe}: hold until they do.`,
    };
  }
  const step = stepOf(last);
  if (reached(last, hi)) {
    return {
      action: 'raise-load',
      rule: 'B13',
      nextReps: lo,
      reason: `Every set reached ${hi} reps at or below the target RPE: more load, back to ${lo} reps.`,
    };
  }
  const twoMore = 2 * step;
  if (previous && lastSetMargin(last) >= twoMore && lastSetMargin(previous) >= twoMore) {
    return {
      action: 'raise-load',
      rule: 'B14',
      nextReps: last.targetReps,
      reason:
        'The last set beat the target by 2 or more reps two sessions running (2-for-2): more load.',
    };
  }
  if (rpe !== undefined && rpe <= last.targetRpe - 1.5) {
    return {
      action: 'raise-load',
      rule: 'B16',
      nextReps: last.targetReps,
      reason: `RPE ${rpe} is 1.5 or more below target: progress early.`,
    };
  }
  return {
    action: 'add-reps',
    rule: 'B13',
    nextReps: Math.min(hi, last.targetReps + step),
    reason: `Build reps towards ${hi} before adding load.`,
  };
};
