import { findExercise } from '../catalogue/catalogue';
import type { Exercise } from '../catalogue/exercise.schema';
import type { Load, PlanExercise } from '../plan/plan.schema';
import { isEligible } from '../prescription/choose-exercise';
import { chooseLoad } from '../prescription/choose-load';
import type { Units } from '../present/format-units';
import { DEFAULT_TARGET_RPE, type DoseContext } from './dose-context';
import { amountText, loadWords } from './dose-words';
import { loadRegionOf, stepUpLoad } from './equipment-steps';
import { LOADED_REP_RANGE, type ProgressionRange } from './rep-range';
import { loadEarnedIn, STAGES_FOR_PHASE } from './stages';
import { targetRpeOf } from './successful-set';

const EQUIPMENT_STEP = {
  dumbbells: 'dumbbell step',
  kettlebell: 'kettlebell you own',
  barbell: 'barbell step',
} as const;

const harderVariation = (exercise: Exercise, ctx: DoseContext): Exercise | undefined => {
  const choice = {
    owned: ctx.owned,
    experience: ctx.profile.experience,
    allowedStages: new Set(STAGES_FOR_PHASE[ctx.phase]),
    plyometricsAllowed: false,
    exclude: ctx.exclude,
    rotation: 0,
  };
  return exercise.progressions
    .map((id) => findExercise(id))
    .find((e): e is Exercise => e !== undefined && isEligible(e, choice) && !ctx.hurt(e.id));
};

export interface Raise {
  amount: number;
  load: Load;
  note: string;
  replaceWith?: Exercise;
  /** Nothing could go up: the dose stays, and says why. */
  held?: boolean;
}

/** Nothing heavier is owned: more reps past the top of the range, up to its widest (B15). */
const widen = (base: { amount: number; load: Load }, range: ProgressionRange, units: Units) => {
  const what = loadWords(base.load, units);
  if (base.amount + range.step <= range.widenedTop) {
    return {
      amount: base.amount + range.step,
      load: base.load,
      note: `Nothing heavier than ${what} is owned: ${amountText(base.amount + range.step, range.unit)} instead (B15).`,
    };
  }
  return {
    amount: base.amount,
    load: base.load,
    held: true,
    note: `Nothing heavier than ${what} is owned and ${amountText(base.amount, range.unit)} is as far as the range goes: hold (B15).`,
  };
};

/**
 * B15 and A4: more load, rounded to what the runner owns — the next dumbbell step, the next
 * kettlebell they own, the next band tension; on a bodyweight movement, weight once the
 * foundation stage is done (A5) or else a harder variation; with nothing heavier, more reps.
 */
export const raise = (
  base: { amount: number; load: Load },
  nextAmount: number,
  /** B14 or B16's early step, before the top of the range. */
  early: boolean,
  range: ProgressionRange,
  exercise: Exercise,
  target: PlanExercise,
  ctx: DoseContext,
): Raise => {
  const { units } = ctx;
  const load = base.load;
  if (load.kind === 'kg' && load.kg === null) {
    return {
      amount: nextAmount,
      load,
      note: `Choose ${load.equipment} one step heavier than last time (B15).`,
    };
  }
  const up = stepUpLoad(load, loadRegionOf(exercise), ctx.profile.equipment);
  if (up && up.kind === 'kg' && load.kind === 'kg' && load.kg !== null && up.kg !== null) {
    const rise = Math.round(((up.kg - load.kg) / load.kg) * 1000) / 10;
    return {
      amount: nextAmount,
      load: up,
      note:
        rise <= 10
          ? `${loadWords(up, units)} is +${rise} %, the nearest step you own (B15).`
          : `${loadWords(up, units)} is the next ${EQUIPMENT_STEP[load.equipment]}: one step, though +${rise} % (B15).`,
    };
  }
  if (up && up.kind === 'band') {
    return {
      amount: nextAmount,
      load: up,
      note: `The ${up.tension} band is the next tension you own (A4, B15).`,
    };
  }
  if (load.kind !== 'none') return widen(base, range, units);
  if (early && base.amount < range.hi) {
    const amount = Math.min(range.hi, base.amount + 2 * range.step);
    return {
      amount,
      load,
      note: `Bodyweight work climbs to ${amountText(range.hi, range.unit)} before load or a harder variation: ${amountText(amount, range.unit)}, two steps at once (A4).`,
    };
  }

  if (loadEarnedIn(ctx.phase)) {
    const added = chooseLoad(exercise, {
      inventory: ctx.profile.equipment,
      experience: ctx.profile.experience,
      owned: ctx.owned,
      progress: 0,
      addLoad: true,
      heavy: false,
      reps: range.unit === 'reps' ? LOADED_REP_RANGE[0] : undefined,
      targetRpe: targetRpeOf(target) ?? DEFAULT_TARGET_RPE,
      preference: ctx.preference,
    });
    if (added.kind !== 'none' && added.kind !== 'box') {
      return {
        amount: range.unit === 'reps' ? LOADED_REP_RANGE[0] : range.lo,
        load: added,
        note: `Now weighted: ${loadWords(added, units)} (A4).`,
      };
    }
  }
  const harder = harderVariation(exercise, ctx);
  if (harder) {
    return {
      amount: harder.defaultDose.amount,
      load: { kind: 'none' },
      replaceWith: harder,
      note: `On to ${harder.name}, a harder variation you can do with what you own (A4).`,
    };
  }
  return {
    amount: base.amount,
    load,
    held: true,
    note: loadEarnedIn(ctx.phase)
      ? `Nothing you own adds load to it and no harder variation suits you yet: it stays at ${amountText(base.amount, range.unit)} (A4).`
      : `Load is added from the strength stage on (A5), and no harder variation suits this stage: it stays at ${amountText(base.amount, range.unit)}.`,
  };
};
