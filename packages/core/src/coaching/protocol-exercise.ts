import { findExercise } from '../catalogue/catalogue';
import type { PlanExercise, PlanSession } from '../plan/plan.schema';

/**
 * The injury protocols and the prevention work beside them (A7, B24–B31) run on their own
 * schedules, never on double progression. The plan marks them by their note, which always cites
 * the protocol's rule ("… Nordic programme (B27)."), and by their sessions: the daily rehab
 * protocols and the Nordic programme's extra sessions.
 */
const PROTOCOL_NOTE = /\((?:A7|B2[4-9]|B3[01])\)/;

export const isProtocolExercise = (session: PlanSession, exercise: PlanExercise): boolean =>
  session.kind === 'rehab' ||
  session.id.endsWith('-nordic') ||
  PROTOCOL_NOTE.test(exercise.note ?? '');

/** Jumps keep the plan's contact dose (B20, B21); only the pain gate changes them. */
export const isPlyometric = (exercise: PlanExercise): boolean =>
  exercise.contacts !== undefined || findExercise(exercise.exerciseId)?.plyometric === true;

/** Total reps (or seconds) of a prescription: how "more" and "less" are compared. */
export const volumeOf = (e: PlanExercise): number => {
  if (e.seconds !== undefined) return e.sets * e.seconds;
  if (e.contacts !== undefined) return e.sets * e.contacts;
  if (e.repsBySet && e.repsBySet.length > 0) return e.repsBySet.reduce((a, b) => a + b, 0);
  return e.sets * (e.reps ?? 0);
};

/**
 * A prescription held to a cap: no more sets, reps (each set's, for "12/10/8"), seconds or
 * contacts than the cap has, whichever is less in each. Jumps keep their foot contacts in step.
 */
export const cappedAt = (target: PlanExercise, cap: PlanExercise): PlanExercise => {
  const least = (a: number | undefined, b: number | undefined) =>
    a === undefined ? undefined : b === undefined ? a : Math.min(a, b);
  const sets = Math.min(target.sets, cap.sets);
  const reps = least(target.reps, cap.reps);
  const seconds = least(target.seconds, cap.seconds);
  const contacts = least(target.contacts, cap.contacts);
  const capped: PlanExercise = {
    ...target,
    sets,
    ...(reps !== undefined ? { reps } : {}),
    ...(seconds !== undefined ? { seconds } : {}),
    ...(contacts !== undefined ? { contacts } : {}),
    ...(target.repsBySet
      ? {
          repsBySet: target.repsBySet
            .slice(0, sets)
            .map((r, i) => Math.min(r, cap.repsBySet?.[i] ?? cap.reps ?? r)),
        }
      : {}),
  };
  const before = volumeOf(target);
  return target.footContacts !== undefined && before > 0
    ? { ...capped, footContacts: Math.round((target.footContacts * volumeOf(capped)) / before) }
    : capped;
};

/** Reps (per set) this far below the dose: what "one step lower" is for a protocol. */
export const PROTOCOL_STEP_REPS = 2;
/** Seconds of a hold one step lower. */
export const PROTOCOL_STEP_SECONDS = 5;

/** One step lower than a dose: fewer reps in every set, or a shorter hold, never below 1. */
export const oneStepLower = (dose: PlanExercise): PlanExercise => {
  const less = (n: number) => Math.max(1, n - PROTOCOL_STEP_REPS);
  const lowered: PlanExercise = {
    ...dose,
    ...(dose.reps !== undefined ? { reps: less(dose.reps) } : {}),
    ...(dose.seconds !== undefined
      ? { seconds: Math.max(1, dose.seconds - PROTOCOL_STEP_SECONDS) }
      : {}),
    ...(dose.contacts !== undefined ? { contacts: less(dose.contacts) } : {}),
    ...(dose.repsBySet ? { repsBySet: dose.repsBySet.map(less) } : {}),
    ...(dose.repRange ? { repRange: [less(dose.repRange[0]), less(dose.repRange[1])] } : {}),
  };
  // Jumps count their foot contacts (B20): they shrink with the reps.
  const before = volumeOf(dose);
  return dose.footContacts !== undefined && before > 0
    ? { ...lowered, footContacts: Math.round((dose.footContacts * volumeOf(lowered)) / before) }
    : lowered;
};
