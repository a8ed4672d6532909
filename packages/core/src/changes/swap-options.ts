import { CATALOGUE, findExercise } from '../catalogue/catalogue';
import type { Exercise } from '../catalogue/exercise.schema';
import type { PlanSession } from '../plan/plan.schema';
import { isEligible } from '../prescription/choose-exercise';
import { ownedEquipment } from '../profile/owned-equipment';
import type { RunnerProfile } from '../profile/profile.schema';

/**
 * What an exercise in a session may be swapped for: its regressions and progressions first, then
 * other exercises of the same movement pattern — each one the runner can do with what they own,
 * at their level, and not already in the session.
 */
export const swapOptions = (
  session: PlanSession,
  exerciseId: string,
  profile: RunnerProfile,
): Exercise[] => {
  const current = findExercise(exerciseId);
  if (!current || !session.exercises.some((e) => e.exerciseId === exerciseId)) return [];
  const ctx = {
    owned: ownedEquipment(profile.equipment),
    experience: profile.experience,
    allowedStages: new Set(['foundation', 'strength', 'power'] as const),
    plyometricsAllowed: current.plyometric,
    exclude: new Set(session.exercises.map((e) => e.exerciseId)),
    rotation: 0,
  };
  const related = [...current.regressions, ...current.progressions]
    .map((id) => findExercise(id))
    .filter((e): e is Exercise => e !== undefined);
  const samePattern = CATALOGUE.filter(
    (e) => e.pattern === current.pattern && e.region === current.region,
  );
  const seen = new Set<string>();
  return [...related, ...samePattern].filter((e) => {
    if (seen.has(e.id) || !isEligible(e, ctx)) return false;
    seen.add(e.id);
    return true;
  });
};
