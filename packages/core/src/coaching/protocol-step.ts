import type { PlanExercise } from '../plan/plan.schema';
import { longDate } from '../present/format-date';
import { type ExerciseEntry, performedEntries } from './exercise-history';
import { cappedAt, oneStepLower } from './protocol-exercise';
import { isSuccessfulExercise, painOf } from './successful-set';

export interface ProtocolStep {
  exercise: PlanExercise;
  rule: string;
  why: string;
}

/**
 * B26 on a protocol (or a jump) that keeps its own schedule: pain during the last session, 4/10
 * or more, holds it at the last session's dose — the schedule does not move on until a session
 * stays at 3/10 or below — and next-morning pain above the pre-session score takes it one step
 * below that dose. A failed session (a set short of its target) holds it too: nothing progresses
 * on a failure, and a skipped one holds at the dose it skipped. Never a step ahead of the
 * schedule: a dose already at or below the cap stays.
 */
export const protocolStep = (
  target: PlanExercise,
  entries: readonly ExerciseEntry[],
): ProtocolStep | undefined => {
  const capAt = (dose: PlanExercise, why: string): ProtocolStep | undefined => {
    const capped = cappedAt(target, dose);
    return JSON.stringify(capped) === JSON.stringify(target)
      ? undefined
      : { exercise: capped, rule: 'B26', why };
  };
  const latest = entries.at(-1);
  if (latest && latest.sets.length === 0) {
    const step = capAt(
      latest.prescribed,
      `Skipped on ${longDate(latest.performedOn)}: it does not move on until it is done.`,
    );
    return step && { ...step, rule: 'B13' };
  }
  const last = performedEntries(entries).at(-1);
  if (!last) return undefined;
  const on = longDate(last.performedOn);
  const { pain, verdict } = painOf(last.sets);
  if (last.worseNextMorning) {
    return capAt(
      oneStepLower(last.prescribed),
      `The morning after ${on} hurt more than before the session: one step below that session's dose (B26).`,
    );
  }
  if (verdict !== 'fine') {
    return capAt(
      last.prescribed,
      `Pain ${pain}/10 on ${on}: the protocol holds at that session's dose until a session stays at 3/10 or below (B26).`,
    );
  }
  if (!isSuccessfulExercise(last.prescribed, last.sets)) {
    const step = capAt(
      last.prescribed,
      `Not every set reached its target on ${on}: the protocol holds at that dose until they do.`,
    );
    return step && { ...step, rule: 'B13' };
  }
  return undefined;
};
