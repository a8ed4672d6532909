import { findExercise } from '../catalogue/catalogue';
import type { Exercise } from '../catalogue/exercise.schema';
import { swapExercise } from '../changes/apply-changes';
import type { Load, Phase, PlanExercise } from '../plan/plan.schema';
import { longDate } from '../present/format-date';
import type { NextDose } from './dose-context';
import { changeWords, doseWords, kgWords } from './dose-words';
import { loadMode } from './load-mode';
import { nextDose } from './next-dose';
import type { SessionChange, SessionCoachContext } from './session-context';
import { strengthPhaseLoad } from './strength-phase-load';

/** Whether two prescriptions ask for the same work: sets, amount, load and exercise. */
const sameDose = (a: PlanExercise, b: PlanExercise): boolean =>
  a.exerciseId === b.exerciseId &&
  a.sets === b.sets &&
  a.reps === b.reps &&
  a.seconds === b.seconds &&
  a.contacts === b.contacts &&
  JSON.stringify(a.repsBySet) === JSON.stringify(b.repsBySet) &&
  JSON.stringify(a.load) === JSON.stringify(b.load);

/** A dose for a kg target keeps the target's equipment facts (its heaviest, its RPE) with the new kg. */
const mergedLoad = (target: Load, next: Load): Load =>
  target.kind === 'kg' && next.kind === 'kg' && target.equipment === next.equipment
    ? { ...target, kg: next.kg }
    : next;

const withAmount = (e: PlanExercise, amount: number): PlanExercise =>
  e.seconds !== undefined
    ? { ...e, seconds: amount }
    : e.contacts !== undefined
      ? { ...e, contacts: amount }
      : { ...e, reps: amount };

/**
 * The next dose applied to a prescription, when it is for the same way of loading the movement:
 * a future week the plan loads differently (the first dumbbell week after bodyweight ones)
 * keeps the plan's prescription, a new block.
 */
const applyDose = (
  target: PlanExercise,
  next: NextDose,
  exercise: Exercise,
  phase: Phase,
  ctx: SessionCoachContext,
): (SessionChange & { exercise: PlanExercise }) | undefined => {
  const modes = [loadMode(next.base.load), loadMode(next.load)];
  if (!modes.includes(loadMode(target.load))) return undefined;
  let load = mergedLoad(target.load, next.load);
  let amount = next.amount;
  let rule = next.rule;
  let why = next.why;
  const chose = next.base.load;
  const prescribed = next.base.prescribedLoad;
  if (
    chose.kind === 'kg' &&
    prescribed.kind === 'kg' &&
    prescribed.kg !== null &&
    chose.kg !== null &&
    chose.kg !== prescribed.kg
  ) {
    rule = 'override';
    why = `You chose ${kgWords(chose.kg, ctx.units)} rather than ${kgWords(prescribed.kg, ctx.units)} on ${longDate(next.base.performedOn)}: the coach builds on your choice. ${why}`;
  }
  if (phase === 'strength' && load.kind === 'kg' && target.reps !== undefined) {
    // The plan's reps, unless they would be more than a session that earned nothing had.
    const reps = next.mayProgress ? target.reps : Math.min(target.reps, next.amount);
    const strength = strengthPhaseLoad(
      { ...target, reps },
      load,
      next,
      ctx.oneRepMax.get(target.exerciseId),
      exercise,
      ctx,
    );
    if (strength) {
      const stepKg = load.kind === 'kg' ? load.kg : null;
      const strengthKg = strength.load.kind === 'kg' ? strength.load.kg : null;
      load = strength.load;
      amount = reps;
      // The rule names what decided the weight: B17 when the estimate moved it off the step (or
      // set it after a session that earned one); otherwise the hold, cut or pain that did.
      const moved = stepKg !== null && strengthKg !== null && stepKg !== strengthKg;
      rule = rule === 'override' || !(moved || next.mayProgress) ? rule : 'B17';
      const instead =
        moved && strengthKg !== null && stepKg !== null
          ? ` So ${kgWords(strengthKg, ctx.units)} rather than ${kgWords(stepKg, ctx.units)}.`
          : '';
      why = `${why} ${strength.note}${instead}`;
    }
  }
  const after = withAmount({ ...target, load }, amount);
  const before = withAmount({ ...target, load: next.base.load }, next.base.amount);
  return {
    exercise: after,
    exerciseId: after.exerciseId,
    rule,
    what: changeWords(after.name, doseWords(before, ctx.units), doseWords(after, ctx.units)),
    why,
  };
};

/**
 * The next dose of an ordinary exercise: from its history, applied when it is for the same way
 * of loading; a harder variation that takes over (A4) is dosed from its own history in turn.
 */
export const dose = (
  current: PlanExercise,
  phase: Phase,
  inSession: Set<string>,
  ctx: SessionCoachContext,
  changes: SessionChange[],
  mayReplace: boolean,
): PlanExercise => {
  const exercise = findExercise(current.exerciseId);
  if (!exercise) return current;
  const entries = ctx.history.get(current.exerciseId) ?? [];
  const next = nextDose(entries, exercise, current, { ...ctx, phase, exclude: inSession });
  if (!next) return current;
  if (next.replaceWith) {
    if (!mayReplace) return current;
    const harder = next.replaceWith;
    const swapped = withAmount(swapExercise(current, harder.id, ctx.profile), next.amount);
    inSession.add(harder.id);
    changes.push({
      exerciseId: harder.id,
      rule: next.rule,
      what: `${current.name} → ${swapped.name}`,
      why: next.why,
    });
    return dose(swapped, phase, inSession, ctx, changes, false);
  }
  const applied = applyDose(current, next, exercise, phase, ctx);
  if (!applied) return current;
  const { exercise: dosed, ...change } = applied;
  // A hold is explained even when the plan already had that dose: why not more.
  if (!sameDose(dosed, current) || !next.mayProgress) changes.push(change);
  return sameDose(dosed, current) ? current : dosed;
};
