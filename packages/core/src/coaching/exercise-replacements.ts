import { findExercise } from '../catalogue/catalogue';
import { swapExercise } from '../changes/apply-changes';
import type { PlanExercise } from '../plan/plan.schema';
import { longDate } from '../present/format-date';
import { painfulLast, regressionFor } from './pain-gate-step';
import type { SessionChange, SessionCoachContext } from './session-context';
import { maxPainOf } from './successful-set';

/**
 * Who does the exercise's job in a session: the runner's own choice when they swapped it before
 * (learned, "You chose Y over X"), then — when its last go hurt above 5/10 and the runner has
 * not chosen it since — its first regression they can do (B26).
 */
export const withReplacements = (
  planned: PlanExercise,
  inSession: Set<string>,
  ctx: SessionCoachContext,
  changes: SessionChange[],
): PlanExercise => {
  let current = planned;
  const replace = (id: string, rule: string, why: string) => {
    const old = current;
    current = swapExercise(current, id, ctx.profile);
    inSession.add(id);
    changes.push({ exerciseId: id, rule, what: `${old.name} → ${current.name}`, why });
  };
  const swap = ctx.swaps.replacementOf(current.exerciseId);
  const swapTo = swap ? findExercise(swap.to) : undefined;
  if (swap && swapTo && !inSession.has(swap.to)) {
    replace(
      swap.to,
      'override',
      `You chose ${swapTo.name} over ${current.name} on ${longDate(swap.on)}.`,
    );
  }
  const painful = painfulLast(ctx.history.get(current.exerciseId));
  const chosen = ctx.swaps.chosenOn(current.exerciseId);
  const exercise = findExercise(current.exerciseId);
  if (painful && exercise && !(chosen !== undefined && chosen > painful.performedOn)) {
    const regression = regressionFor(exercise, {
      owned: ctx.owned,
      experience: ctx.profile.experience,
      exclude: inSession,
      hurt: ctx.hurt,
    });
    if (regression) {
      replace(
        regression.id,
        'B26',
        `Pain ${maxPainOf(painful.sets)}/10 in ${current.name} on ${longDate(painful.performedOn)}: above 5 stops its progression; ${regression.name}, an easier variation, instead (B26).`,
      );
    }
  }
  return current;
};
