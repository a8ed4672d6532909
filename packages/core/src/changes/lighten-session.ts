import { findExercise } from '../catalogue/catalogue';
import type { PlanExercise, PlanSession } from '../plan/plan.schema';
import { estimateMinutes } from '../prescription/estimate-minutes';

/**
 * Each exercise keeps `setFraction` of its sets, rounded, never fewer than one; reps, load and
 * tempo stay, so the session is shorter but not easier per set ("keep intensity", B9). The
 * minutes are estimated again from what is left. Exercises `keepWhole` picks keep every set (a
 * deload leaves an injury protocol's dose alone, as the plan's own deloads do).
 */
export const lightenSession = (
  session: PlanSession,
  setFraction: number,
  reason: string,
  warmUpMinutes: number,
  keepWhole: (e: PlanExercise) => boolean = () => false,
): PlanSession => {
  const exercises = session.exercises.map((e) =>
    keepWhole(e) ? e : withFewerSets(e, setFraction),
  );
  return {
    ...session,
    exercises,
    estimatedMinutes: estimateMinutes(
      exercises.map((exercise) => ({
        exercise,
        plyometric: findExercise(exercise.exerciseId)?.plyometric ?? false,
      })),
      warmUpMinutes,
    ),
    notes: [...session.notes, reason],
    adaptations: [
      ...(session.adaptations ?? []),
      { what: `Sets cut to ${Math.round(setFraction * 100)} %`, why: reason, setFraction },
    ],
  };
};

/** The share of sets the session keeps after every lightening so far (1 when never lightened). */
export const keptSetFraction = (session: PlanSession): number =>
  (session.adaptations ?? []).reduce((kept, a) => kept * (a.setFraction ?? 1), 1);

const withFewerSets = (e: PlanExercise, setFraction: number): PlanExercise => {
  const sets = Math.max(1, Math.round(e.sets * setFraction));
  return {
    ...e,
    sets,
    // Protocols that vary reps by set ("12/10/8") keep their first sets.
    ...(e.repsBySet ? { repsBySet: e.repsBySet.slice(0, sets) } : {}),
    ...(e.footContacts !== undefined
      ? { footContacts: Math.round((e.footContacts / e.sets) * sets) }
      : {}),
  };
};
