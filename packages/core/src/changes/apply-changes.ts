import { getExercise } from '../catalogue/catalogue';
import type { Plan, PlanExercise, PlanSession } from '../plan/plan.schema';
import { chooseLoad } from '../prescription/choose-load';
import { longDate } from '../present/format-date';
import { sideOf } from '../present/format-dose';
import { ownedEquipment } from '../profile/owned-equipment';
import type { RunnerProfile } from '../profile/profile.schema';
import { findDay, findSession } from './find-session';
import { lightenSession } from './lighten-session';
import type { PlanChange } from './plan-change';

/**
 * The plan as the runner and the coach have changed it: moves, skips, swaps and lightenings
 * replayed in order onto the generated plan. Pure: the generated plan is not modified. A moved
 * session keeps its id, so a calendar updates the event instead of adding one.
 */
export const applyChanges = (
  plan: Plan,
  changes: readonly PlanChange[],
  profile: RunnerProfile,
): Plan => {
  const next: Plan = structuredClone(plan);
  for (const change of changes) {
    const found = findSession(next, change.sessionId);
    if (!found) continue;
    switch (change.kind) {
      case 'skip':
        found.session.skipped = true;
        break;
      case 'move': {
        const target = findDay(next, change.to);
        if (!target || target.day.date === found.day.date) break;
        found.day.sessions = found.day.sessions.filter((s) => s.id !== change.sessionId);
        const moved: PlanSession = {
          ...found.session,
          movedFrom: found.session.movedFrom ?? found.day.date,
          notes: [
            ...found.session.notes,
            ...(change.insisted
              ? ['Moved here against the scheduling rules, at your request.']
              : []),
            ...(change.reason ? [change.reason] : []),
          ],
          ...(change.reason
            ? {
                adaptations: [
                  ...(found.session.adaptations ?? []),
                  { what: `Moved from ${longDate(found.day.date)}`, why: change.reason },
                ],
              }
            : {}),
        };
        target.day.sessions = [...target.day.sessions, moved];
        break;
      }
      case 'lighten': {
        const lightened = lightenSession(
          found.session,
          change.setFraction,
          change.reason,
          next.settings.warmUpMinutes,
        );
        found.day.sessions = found.day.sessions.map((s) =>
          s.id === change.sessionId ? lightened : s,
        );
        break;
      }
      case 'swap':
        found.session.exercises = found.session.exercises.map((e) =>
          e.exerciseId === change.exerciseId ? swapExercise(e, change.with, profile) : e,
        );
        break;
    }
  }
  return next;
};

/**
 * The new exercise takes the old one's sets and rest; the amount carries over when the kind
 * matches. Also how the coach swaps in a regression, a harder variation or the runner's own
 * choice (coaching/).
 */
export const swapExercise = (
  old: PlanExercise,
  withId: string,
  profile: RunnerProfile,
): PlanExercise => {
  const exercise = getExercise(withId);
  const oldKind =
    old.reps !== undefined ? 'reps' : old.seconds !== undefined ? 'seconds' : 'contacts';
  const amount =
    exercise.doseKind === oldKind
      ? (old.reps ?? old.seconds ?? old.contacts ?? 1)
      : exercise.defaultDose.amount;
  const load = chooseLoad(exercise, {
    inventory: profile.equipment,
    experience: profile.experience,
    owned: ownedEquipment(profile.equipment),
    progress: 0,
    addLoad: old.load.kind !== 'none',
    heavy: false,
    reps: exercise.doseKind === 'reps' ? amount : undefined,
    targetRpe: old.targetRpe ?? 7,
    preference: 'default',
  });
  return {
    exerciseId: exercise.id,
    name: exercise.name,
    sets: old.sets,
    ...(exercise.doseKind === 'reps' ? { reps: amount } : {}),
    ...(exercise.doseKind === 'seconds' ? { seconds: amount } : {}),
    ...(exercise.doseKind === 'contacts' ? { contacts: amount } : {}),
    perSide: exercise.dosePerSide,
    ...(exercise.dosePerSide ? { side: sideOf(exercise) } : {}),
    tempo: exercise.tempo,
    restSeconds: old.restSeconds,
    load,
    ...(old.targetRpe !== undefined ? { targetRpe: old.targetRpe } : {}),
    cues: exercise.cues,
    note: `Swapped in for ${old.name}.`,
  };
};
