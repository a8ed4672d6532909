import { painGateVerdict } from '../injuries/pain-gate';
import type { PlanExercise } from '../plan/plan.schema';
import { reachedTarget } from '../progression/successful-session';
import type { LoggedSetRecord } from './training-log';

/** The RPE an exercise was prescribed at: its own, or its load's. */
export const targetRpeOf = (prescribed: PlanExercise): number | undefined =>
  prescribed.targetRpe ?? (prescribed.load.kind === 'kg' ? prescribed.load.targetRpe : undefined);

/** What the runner logged as the amount of a set: seconds for a hold, reps otherwise. */
export const loggedAmountOf = (prescribed: PlanExercise, set: LoggedSetRecord): number | null =>
  prescribed.seconds !== undefined ? set.seconds : set.reps;

/** The amount each set aimed for: seconds, the protocol's reps by set, reps, or contacts. */
export const targetAmountOf = (prescribed: PlanExercise): number | readonly number[] =>
  prescribed.seconds ??
  (prescribed.repsBySet && prescribed.repsBySet.length > 0 ? prescribed.repsBySet : undefined) ??
  prescribed.reps ??
  prescribed.contacts ??
  1;

/**
 * The one definition of success, used everywhere (web, server, tests): every prescribed set was
 * done and each reached its target reps (or hold time) at or below the target RPE. A set without
 * an RPE is judged by its amount. Pain is judged apart (B26): see `painOf`.
 */
export const isSuccessfulExercise = (
  prescribed: PlanExercise,
  sets: readonly LoggedSetRecord[],
): boolean => {
  const rpe = targetRpeOf(prescribed);
  return reachedTarget(
    sets.map((set) => ({ amount: loggedAmountOf(prescribed, set), rpe: set.rpe })),
    {
      sets: prescribed.sets,
      amount: targetAmountOf(prescribed),
      ...(rpe !== undefined ? { rpe } : {}),
    },
  );
};

/** The worst pain of the sets, when the runner gave one. */
export const maxPainOf = (sets: readonly LoggedSetRecord[]): number | undefined => {
  const pains = sets.map((s) => s.pain).filter((p): p is number => p !== null);
  return pains.length > 0 ? Math.max(...pains) : undefined;
};

/** B26's verdict on an exercise's sets: above 5 stops, 4–5 is acceptable, 0–3 is fine. */
export const painOf = (sets: readonly LoggedSetRecord[]) => {
  const pain = maxPainOf(sets);
  return { pain, verdict: pain === undefined ? ('fine' as const) : painGateVerdict(pain) };
};
