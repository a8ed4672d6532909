import type { IsoDate } from '../calendar/iso-date';
import type { PlanExercise } from '../plan/plan.schema';
import { type LoggedSession, type LoggedSetRecord, worseNextMorning } from './training-log';

/** One exercise in one logged session, beside what the coach prescribed for it then. */
export interface ExerciseEntry {
  exerciseId: string;
  sessionId: string;
  performedOn: IsoDate;
  /** The prescription as it stood on the day: the plan's, as the coach had changed it. */
  prescribed: PlanExercise;
  /** Empty when the runner logged the session but not this exercise: it was skipped. */
  sets: readonly LoggedSetRecord[];
  /** B26: next-morning pain above the pre-session score. */
  worseNextMorning: boolean;
}

/** Every exercise's entries, oldest first. */
export type ExerciseHistory = ReadonlyMap<string, readonly ExerciseEntry[]>;

/** Entries in which the runner did at least one set. */
export const performedEntries = (entries: readonly ExerciseEntry[]): ExerciseEntry[] =>
  entries.filter((e) => e.sets.length > 0);

/**
 * The entries one logged session adds: each prescribed exercise with its sets (none: skipped),
 * and each exercise the runner did that was not prescribed, against `referenceFor` — the
 * exercise's latest prescription — when there is one.
 */
export const entriesOf = (
  session: LoggedSession,
  prescribed: readonly PlanExercise[],
  referenceFor: (exerciseId: string) => PlanExercise | undefined,
): ExerciseEntry[] => {
  const morning = worseNextMorning(session.workout);
  const entry = (exercise: PlanExercise): ExerciseEntry => ({
    exerciseId: exercise.exerciseId,
    sessionId: session.sessionId,
    performedOn: session.performedOn,
    prescribed: exercise,
    sets: session.sets.filter((s) => s.exerciseId === exercise.exerciseId),
    worseNextMorning: morning,
  });
  const known = new Set(prescribed.map((e) => e.exerciseId));
  const extra = [...new Set(session.sets.map((s) => s.exerciseId))]
    .filter((id) => !known.has(id))
    .map(referenceFor)
    .filter((e): e is PlanExercise => e !== undefined);
  return [...prescribed, ...extra].map(entry);
};

/** The history with a day's entries added (a new map: histories are values). */
export const withEntries = (
  history: ExerciseHistory,
  entries: readonly ExerciseEntry[],
): ExerciseHistory => {
  const next = new Map(history);
  for (const e of entries) next.set(e.exerciseId, [...(next.get(e.exerciseId) ?? []), e]);
  return next;
};
