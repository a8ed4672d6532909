import type { IsoDate } from '../calendar/iso-date';
import type { PlanExercise } from '../plan/plan.schema';
import type { EquipmentInventory } from '../profile/profile.schema';
import {
  brzyckiOneRepMax,
  epleyOneRepMax,
  MAX_REPS_FOR_ESTIMATE,
} from '../progression/one-rep-max';
import { percentOfOneRepMax } from '../progression/rpe';
import { kgLadder, roundToLadder } from './equipment-steps';
import { targetRpeOf } from './successful-set';
import type { LoggedSetRecord } from './training-log';

export interface OneRepMaxEstimate {
  exerciseId: string;
  epleyKg: number;
  brzyckiKg: number;
  from: { performedOn: IsoDate; reps: number; loadKg: number; rpe: number | null };
}

/**
 * B17's reps to failure: the reps done plus the reps left in reserve (10 − RPE), rounded down
 * (half RPE points fall between rows; down is the cautious side). Without an RPE the set is
 * taken as done to failure, which underestimates: also the cautious side.
 */
export const repsToFailure = (reps: number, rpe: number | null): number =>
  rpe === null ? reps : Math.floor(reps + 10 - rpe);

const estimateOf = (set: LoggedSetRecord): OneRepMaxEstimate | undefined => {
  if (set.loadKg === null || set.loadKg <= 0 || set.reps === null || set.reps < 1) return undefined;
  const reps = repsToFailure(set.reps, set.rpe);
  if (reps > MAX_REPS_FOR_ESTIMATE) return undefined;
  const epleyKg = epleyOneRepMax(set.loadKg, reps);
  const brzyckiKg = brzyckiOneRepMax(set.loadKg, reps);
  if (epleyKg === undefined || brzyckiKg === undefined) return undefined;
  return {
    exerciseId: set.exerciseId,
    epleyKg,
    brzyckiKg,
    from: { performedOn: set.performedOn, reps: set.reps, loadKg: set.loadKg, rpe: set.rpe },
  };
};

/**
 * B18 for every loaded lift: the best estimate over the logged sets (1–12 reps to failure), by
 * Epley, with Brzycki from the same set; on a tie the more recent set, which says more about
 * the runner today. Ordered by exercise id.
 */
export const oneRepMaxesOf = (sets: readonly LoggedSetRecord[]): OneRepMaxEstimate[] => {
  const best = new Map<string, OneRepMaxEstimate>();
  for (const set of sets) {
    const estimate = estimateOf(set);
    if (!estimate) continue;
    const current = best.get(set.exerciseId);
    if (
      !current ||
      estimate.epleyKg > current.epleyKg ||
      (estimate.epleyKg === current.epleyKg &&
        estimate.from.performedOn >= current.from.performedOn)
    ) {
      best.set(set.exerciseId, estimate);
    }
  }
  return [...best.values()].sort((a, b) => (a.exerciseId < b.exerciseId ? -1 : 1));
};

/**
 * The estimate prescriptions are worked from: Epley's. B17's chart follows Epley's curve within
 * about 1.5 % from 3 to 10 reps to failure, so the two together give back the load the runner
 * lifted at the reps and RPE they lifted it; Brzycki's, lower below 10 reps, would trim every
 * prescription a little, session after session. Shown beside it. "Too heavy too soon" (A9) is
 * guarded by the step limits, not by the formula.
 */
export const workingOneRepMax = (estimate: OneRepMaxEstimate): number => estimate.epleyKg;

export interface StrengthLoad {
  kg: number;
  percent: number;
  targetRpe: number;
  oneRepMaxKg: number;
}

/**
 * B17 in the strength phase: the prescribed reps at the target RPE are a share of 1RM; that share
 * of the estimated 1RM, rounded to the nearest load the runner owns. Undefined off the chart (more than
 * 12 reps to failure, half RPE points) or without a kg load.
 */
export const strengthLoadOf = (
  target: PlanExercise,
  estimate: OneRepMaxEstimate,
  inventory: EquipmentInventory,
): StrengthLoad | undefined => {
  const rpe = targetRpeOf(target);
  if (target.load.kind !== 'kg' || target.reps === undefined || rpe === undefined) return undefined;
  const percent = percentOfOneRepMax(target.reps, rpe);
  if (percent === undefined) return undefined;
  const oneRepMaxKg = workingOneRepMax(estimate);
  const kg = roundToLadder(oneRepMaxKg * percent, kgLadder(target.load.equipment, inventory));
  return kg === undefined ? undefined : { kg, percent, targetRpe: rpe, oneRepMaxKg };
};
