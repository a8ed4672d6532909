import { repSeconds } from '../catalogue/exercise.schema';
import type { PlanExercise } from '../plan/plan.schema';

/** Seconds to get into position for a set. */
const SETUP_SECONDS = 5;
/** A plyometric rep is followed by a reset: step down, stand tall, breathe. */
const PLYOMETRIC_RESET_SECONDS = 3;
/** Pogo-style contacts come about two a second. */
const SECONDS_PER_CONTACT = 0.5;
/** Moving to the next exercise. */
const TRANSITION_SECONDS = 30;

/** Seconds one set of the exercise takes under tension, both sides included. */
export const workSecondsPerSet = (exercise: PlanExercise, plyometric: boolean): number => {
  const sides = exercise.perSide ? 2 : 1;
  if (exercise.seconds !== undefined) return exercise.seconds * sides;
  if (exercise.contacts !== undefined) return exercise.contacts * SECONDS_PER_CONTACT * sides;
  const reps = exercise.repsBySet
    ? exercise.repsBySet.reduce((a, b) => a + b, 0) / exercise.repsBySet.length
    : (exercise.reps ?? 0);
  const perRep =
    (exercise.tempo ? repSeconds(exercise.tempo) : 2) + (plyometric ? PLYOMETRIC_RESET_SECONDS : 0);
  return reps * perRep * sides;
};

/** Seconds the exercise takes in the session: every set, the rest after it, and the change-over. */
export const exerciseSeconds = (exercise: PlanExercise, plyometric: boolean): number =>
  exercise.sets * (SETUP_SECONDS + workSecondsPerSet(exercise, plyometric)) +
  (exercise.sets - 1) * exercise.restSeconds +
  TRANSITION_SECONDS;

/** Session minutes from sets, reps, tempo and rest, plus the warm-up; rounded up. */
export const estimateMinutes = (
  exercises: readonly { exercise: PlanExercise; plyometric: boolean }[],
  warmUpMinutes: number,
): number =>
  Math.ceil(
    warmUpMinutes +
      exercises.reduce((sum, e) => sum + exerciseSeconds(e.exercise, e.plyometric), 0) / 60,
  );
