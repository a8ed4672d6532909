import type { Exercise } from '../catalogue/exercise.schema';
import type { Load, PlanExercise } from '../plan/plan.schema';
import type { NextDose } from './dose-context';
import { kgWords } from './dose-words';
import { kgLadder, loadRegionOf, stepDownKg, stepUpKg } from './equipment-steps';
import { type OneRepMaxEstimate, strengthLoadOf } from './one-rep-max-prescription';
import type { SessionCoachContext } from './session-context';

/** B15's ceiling, as a floor: a load never drops more than this, unless by one owned step. */
const MAX_DROP_FRACTION = 0.1;
/**
 * B17 in the strength phase: the load is the prescribed reps' share of the estimated 1RM at the
 * target RPE (the plan's reps: its periodisation, 6 → 4, is the progression), within limits —
 * at most one owned step above what the runner lifted, and only after a session that earned a
 * step (otherwise no more than the hold, cut or lower step allows), and never more than 10 % or
 * one owned step below it.
 */
export const strengthPhaseLoad = (
  target: PlanExercise,
  load: Extract<Load, { kind: 'kg' }>,
  next: NextDose,
  estimate: OneRepMaxEstimate | undefined,
  exercise: Exercise,
  ctx: SessionCoachContext,
): { load: Load; note: string } | undefined => {
  if (!estimate) return undefined;
  const s = strengthLoadOf(target, estimate, ctx.profile.equipment);
  if (!s) return undefined;
  const ladder = kgLadder(load.equipment, ctx.profile.equipment);
  const region = loadRegionOf(exercise);
  const baseKg = next.base.load.kind === 'kg' ? next.base.load.kg : null;
  const ceiling =
    next.mayProgress && baseKg !== null
      ? Math.max(load.kg ?? baseKg, stepUpKg(baseKg, region, ladder) ?? baseKg)
      : load.kg;
  let kg = s.kg;
  let held = '';
  if (ceiling !== null && kg > ceiling) {
    kg = ceiling;
    held = next.mayProgress
      ? ` Capped at one step above what you lifted (B15): ${kgWords(kg, ctx.units)}.`
      : ` No heavier until a session earns it (B13, B16, B26): ${kgWords(kg, ctx.units)}.`;
  }
  if (baseKg !== null) {
    const oneDown = stepDownKg(baseKg, region, ladder) ?? baseKg;
    const floor = Math.min(oneDown, baseKg * (1 - MAX_DROP_FRACTION));
    if (kg < floor - 1e-9) {
      kg = ladder.filter((w) => w >= floor - 1e-9).sort((a, b) => a - b)[0] ?? baseKg;
      held = ` No more than one step below what you lifted (B15): ${kgWords(kg, ctx.units)}.`;
    }
  }
  return {
    load: { ...load, kg, targetRpe: s.targetRpe, percentOneRepMax: s.percent },
    note: `${target.reps} reps at RPE ${s.targetRpe} is ${Math.round(s.percent * 1000) / 10} % of 1RM (B17), from your estimated 1RM of ${kgWords(s.oneRepMaxKg, ctx.units)} (B18), rounded to what you own.${held}`,
  };
};
