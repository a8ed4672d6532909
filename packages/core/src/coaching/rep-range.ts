import type { Exercise } from '../catalogue/exercise.schema';
import type { Load, PlanExercise } from '../plan/plan.schema';
import { topOf } from '../prescription/progress-amount';

/** B4: loaded work progresses within 8–12 reps (the ACSM range the plan's 8–10 sits in). */
export const LOADED_REP_RANGE = [8, 12] as const;
/**
 * B3: heavy lifts within 4–6 reps; the plan's heavy doses run 6 → 4 (B3 allows 3, which the
 * plan never prescribes).
 */
export const HEAVY_REP_RANGE = [4, 6] as const;
/** A loaded set of this many reps or fewer is heavy work (B3). */
const HEAVY_MAX_REPS = HEAVY_REP_RANGE[1];
/** A hold grows 5 s at a time: about one rep's worth at a 2–1 tempo. */
export const HOLD_STEP_SECONDS = 5;

export interface ProgressionRange {
  lo: number;
  hi: number;
  /** One more "rep": 1, or 5 s for a hold. */
  step: number;
  unit: 'reps' | 'seconds';
  /**
   * When nothing heavier is owned, reps keep growing past the top of the range (B15, A4), up to
   * half as much again as the range's own top; beyond that the coach holds and says so.
   */
  widenedTop: number;
}

/** Load added to the movement, as opposed to a band that is the exercise itself (a lateral walk). */
export const isAddedLoad = (load: Load, exercise: Pick<Exercise, 'equipment'>): boolean => {
  if (load.kind === 'kg' || load.kind === 'vest') return true;
  if (load.kind === 'band') return !exercise.equipment.some((set) => set.includes('band'));
  return false;
};

/**
 * B13's range for an exercise as prescribed: the prescription's own (a protocol's "6–8"); for
 * added load 8–12 reps, 4–6 when heavy; otherwise the movement's own A4 range, from the
 * catalogue's dose to half as much again (single-leg squats 10 → 15, a 30 s plank → 45 s).
 * Widened to hold the prescribed amount, so a dose above the range (a widened top) stays in it.
 */
export const progressionRangeOf = (
  prescribed: PlanExercise,
  exercise: Pick<Exercise, 'equipment' | 'defaultDose'>,
): ProgressionRange => {
  const seconds = prescribed.seconds !== undefined;
  const amount = prescribed.seconds ?? prescribed.reps ?? exercise.defaultDose.amount;
  const [lo, hi] = prescribed.repRange ?? baseRange(prescribed, exercise, amount);
  return {
    lo: Math.min(lo, amount),
    hi: Math.max(hi, amount),
    step: seconds ? HOLD_STEP_SECONDS : 1,
    unit: seconds ? 'seconds' : 'reps',
    widenedTop: Math.max(topOf(hi), amount),
  };
};

const baseRange = (
  prescribed: PlanExercise,
  exercise: Pick<Exercise, 'equipment' | 'defaultDose'>,
  amount: number,
): readonly [number, number] => {
  if (prescribed.seconds === undefined && isAddedLoad(prescribed.load, exercise)) {
    return prescribed.load.kind === 'kg' && amount <= HEAVY_MAX_REPS
      ? HEAVY_REP_RANGE
      : LOADED_REP_RANGE;
  }
  const base = exercise.defaultDose.amount;
  return [base, topOf(base)];
};
