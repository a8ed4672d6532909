import type { Exercise, Experience } from '../catalogue/exercise.schema';

/** B20: foot contacts a session by experience (beginner, intermediate, advanced). */
export const CONTACTS_PER_SESSION: Record<Experience, { min: number; max: number }> = {
  novice: { min: 80, max: 100 },
  intermediate: { min: 100, max: 120 },
  advanced: { min: 120, max: 140 },
};

/** Jumps lose quality past about five in a row: more sets rather than longer ones. */
const MAX_JUMPS_PER_SET = 5;
const MAX_SETS = 5;

export interface PlyometricDose {
  exercise: Exercise;
  sets: number;
  /** Reps, or contacts for exercises dosed in contacts. */
  amount: number;
}

/** Foot contacts a set makes: contacts-dosed work counts itself; jumps count per rep and side. */
export const contactsPerUnit = (exercise: Exercise): number =>
  (exercise.doseKind === 'contacts' ? 1 : (exercise.contactsPerRep ?? 1)) *
  (exercise.dosePerSide ? 2 : 1);

export const totalContacts = (doses: readonly PlyometricDose[]): number =>
  doses.reduce((sum, d) => sum + d.sets * d.amount * contactsPerUnit(d.exercise), 0);

/**
 * Splits a session's contact target over its jumps so the total lands inside B20's range for the
 * runner's level: the target rises from the bottom of the range to near its top over the phase,
 * the first exercise takes about half, and the finest-grained exercise absorbs the rounding.
 */
export const dosePlyometrics = (
  exercises: readonly Exercise[],
  experience: Experience,
  share: number,
): PlyometricDose[] => {
  const { min, max } = CONTACTS_PER_SESSION[experience];
  const target = Math.round(min + (max - min - 4) * Math.min(1, Math.max(0, share)));
  const jumps = exercises.filter((e) => e.doseKind !== 'contacts');
  const fillers = exercises.filter((e) => e.doseKind === 'contacts');
  // Jumps take about 40 % of the contacts when low-intensity fillers can carry the rest.
  const jumpTarget = fillers.length === 0 ? target : jumps.length === 0 ? 0 : target * 0.4;
  const jumpDoses = jumps.map((exercise) => {
    const portion = jumpTarget / jumps.length;
    const unit = contactsPerUnit(exercise);
    const sets = Math.min(
      MAX_SETS,
      Math.max(exercise.defaultDose.sets, Math.ceil(portion / (MAX_JUMPS_PER_SET * unit))),
    );
    const amount = Math.min(MAX_JUMPS_PER_SET, Math.max(1, Math.round(portion / (sets * unit))));
    return { exercise, sets, amount };
  });
  const left = Math.max(0, target - totalContacts(jumpDoses));
  const fillerDoses = fillers.map((exercise) => {
    const sets = exercise.defaultDose.sets;
    return {
      exercise,
      sets,
      amount: Math.max(1, Math.round(left / fillers.length / (sets * contactsPerUnit(exercise)))),
    };
  });
  const doses: PlyometricDose[] = exercises.map(
    (e) =>
      (jumpDoses.find((d) => d.exercise === e) ??
        fillerDoses.find((d) => d.exercise === e)) as PlyometricDose,
  );
  if (doses.length === 0) return doses;
  // Raise the finest-grained dose first, then longer or more sets, never past the maximum.
  const raise = (d: PlyometricDose): PlyometricDose | undefined => {
    if (d.exercise.doseKind === 'contacts' || d.amount < MAX_JUMPS_PER_SET)
      return { ...d, amount: d.amount + 1 };
    if (d.sets < MAX_SETS) return { ...d, sets: d.sets + 1 };
    return undefined;
  };
  const byGrain = [...doses].sort(
    (a, b) => a.sets * contactsPerUnit(a.exercise) - b.sets * contactsPerUnit(b.exercise),
  );
  while (totalContacts(doses) < min) {
    const step = byGrain
      .map((d) => ({ d, next: raise(d) }))
      .find(
        ({ d, next }) =>
          next && totalContacts(doses) - totalContacts([d]) + totalContacts([next]) <= max,
      );
    if (!step?.next) break;
    Object.assign(step.d, step.next);
  }
  return doses;
};
