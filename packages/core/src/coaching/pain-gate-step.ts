import { findExercise } from '../catalogue/catalogue';
import type { EquipmentKind } from '../catalogue/equipment';
import { type Exercise, type Experience, STAGES } from '../catalogue/exercise.schema';
import { isEligible } from '../prescription/choose-exercise';
import { type ExerciseEntry, performedEntries } from './exercise-history';
import { painOf } from './successful-set';

/** The runner's last performed entry of an exercise had a set above 5/10 (B26: stop). */
export const painfulLast = (
  entries: readonly ExerciseEntry[] | undefined,
): ExerciseEntry | undefined => {
  const last = performedEntries(entries ?? []).at(-1);
  return last && painOf(last.sets).verdict === 'stop' ? last : undefined;
};

export interface RegressionContext {
  owned: ReadonlySet<EquipmentKind>;
  experience: Experience;
  /** Exercises already in the session. */
  exclude: ReadonlySet<string>;
  /** Whether the runner's last go at an exercise hurt above 5/10. */
  hurt: (exerciseId: string) => boolean;
}

/**
 * B26's swap after pain above 5/10: the first of the exercise's regressions the runner can do
 * with what they own, at their level, not already in the session and not itself painful last
 * time; failing those, the regressions' own regressions. Undefined when there is none.
 */
export const regressionFor = (exercise: Exercise, ctx: RegressionContext): Exercise | undefined => {
  const choice = {
    owned: ctx.owned,
    experience: ctx.experience,
    allowedStages: new Set(STAGES),
    plyometricsAllowed: exercise.plyometric,
    exclude: ctx.exclude,
    rotation: 0,
  };
  const usable = (ids: readonly string[]) =>
    ids
      .map((id) => findExercise(id))
      .filter((e): e is Exercise => e !== undefined && isEligible(e, choice) && !ctx.hurt(e.id));
  const direct = usable(exercise.regressions);
  if (direct[0]) return direct[0];
  const further = exercise.regressions.flatMap((id) => findExercise(id)?.regressions ?? []);
  return usable(further)[0];
};
