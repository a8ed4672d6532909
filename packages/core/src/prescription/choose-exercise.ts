import { CATALOGUE, canPerform, findExercise } from '../catalogue/catalogue';
import type { EquipmentKind } from '../catalogue/equipment';
import {
  type Exercise,
  type Experience,
  experienceRank,
  type Stage,
} from '../catalogue/exercise.schema';
import type { Slot } from './slot';

export interface ChoiceContext {
  owned: ReadonlySet<EquipmentKind>;
  experience: Experience;
  allowedStages: ReadonlySet<Stage>;
  plyometricsAllowed: boolean;
  /** Exercises already in the session. */
  exclude: ReadonlySet<string>;
  /** Which of the eligible candidates to take, so that sessions A, B and C differ. */
  rotation: number;
}

export interface Choice {
  exercise: Exercise;
  /** Set when the slot's own choice could not be done and this one stands in (A10). */
  substitutedFor?: Exercise;
}

export const isEligible = (exercise: Exercise, ctx: ChoiceContext): boolean =>
  canPerform(exercise, ctx.owned) &&
  experienceRank(exercise.level) <= experienceRank(ctx.experience) &&
  ctx.allowedStages.has(exercise.stage) &&
  (ctx.plyometricsAllowed || !exercise.plyometric) &&
  !ctx.exclude.has(exercise.id);

/**
 * Picks an exercise for a slot: the rotation-th eligible candidate; failing all candidates, a
 * stand-in for the first one — its regressions, then progressions, then anything of the same
 * movement pattern — so that a missing band or box changes the exercise, not the plan's shape.
 */
export const chooseExercise = (slot: Slot, ctx: ChoiceContext): Choice | null => {
  const eligible = slot.candidates
    .map((id) => findExercise(id))
    .filter((e): e is Exercise => e !== undefined && isEligible(e, ctx));
  if (eligible.length > 0) {
    return { exercise: eligible[ctx.rotation % eligible.length] as Exercise };
  }
  const intended = slot.candidates.map((id) => findExercise(id)).find((e) => e !== undefined);
  if (!intended) return null;
  const related = [...intended.regressions, ...intended.progressions]
    .map((id) => findExercise(id))
    .filter((e): e is Exercise => e !== undefined);
  const samePattern = CATALOGUE.filter(
    (e) => e.pattern === intended.pattern && e.region === intended.region,
  );
  const standIn = [...related, ...samePattern].find((e) => isEligible(e, ctx));
  return standIn ? { exercise: standIn, substitutedFor: intended } : null;
};
