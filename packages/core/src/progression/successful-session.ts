/**
 * The one definition of a successful exercise (B13), on plain numbers so that the progression
 * rules and the coach (coaching/successful-set.ts) share it: every prescribed set was done, and
 * each reached its target amount (reps, or seconds of a hold) at or below the target RPE. A set
 * logged without an RPE is judged by its amount alone; a set logged without an amount failed.
 */
export interface SetResult {
  amount: number | null;
  rpe?: number | null;
}

export interface SetTarget {
  /** How many sets were prescribed: fewer done is not a success. */
  sets: number;
  /** The amount every set must reach, or each set's own ("12/10/8"). */
  amount: number | readonly number[];
  /** Absent: no RPE target, the amount decides. */
  rpe?: number;
}

const amountFor = (target: SetTarget, index: number): number =>
  typeof target.amount === 'number'
    ? target.amount
    : (target.amount[index] ?? target.amount.at(-1) ?? 0);

export const reachedTarget = (sets: readonly SetResult[], target: SetTarget): boolean =>
  sets.length > 0 &&
  sets.length >= target.sets &&
  sets.every(
    (set, i) =>
      set.amount !== null &&
      set.amount >= amountFor(target, i) &&
      (target.rpe === undefined ||
        set.rpe === null ||
        set.rpe === undefined ||
        set.rpe <= target.rpe),
  );
