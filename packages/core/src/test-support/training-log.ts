import type { IsoDate } from '../calendar/iso-date';
import { getExercise } from '../catalogue/catalogue';
import type { BandTension } from '../catalogue/equipment';
import { findSession } from '../changes/find-session';
import type { LoggedSetRecord, LoggedWorkoutRecord, TrainingLog } from '../coaching/training-log';
import type { Plan, PlanExercise } from '../plan/plan.schema';
import { sideOf } from '../present/format-dose';

export interface SetSpec {
  reps?: number;
  seconds?: number;
  kg?: number;
  band?: BandTension;
  rpe?: number;
  pain?: number;
}

/** Logged sets of one exercise in one session, numbered from 1. */
export const loggedSets = (
  sessionId: string,
  exerciseId: string,
  performedOn: string,
  specs: readonly SetSpec[],
): LoggedSetRecord[] =>
  specs.map((s, i) => ({
    sessionId,
    exerciseId,
    setNumber: i + 1,
    performedOn: performedOn as IsoDate,
    reps: s.reps ?? null,
    seconds: s.seconds ?? null,
    loadKg: s.kg ?? null,
    band: s.band ?? null,
    rpe: s.rpe ?? null,
    pain: s.pain ?? null,
  }));

/** `n` sets alike. */
export const times = (n: number, spec: SetSpec): SetSpec[] => Array.from({ length: n }, () => spec);

/** Reps by set at one RPE and load: `repsAt([12, 12, 11], { rpe: 8, kg: 16 })`. */
export const repsAt = (reps: readonly number[], rest: Omit<SetSpec, 'reps'> = {}): SetSpec[] =>
  reps.map((r) => ({ ...rest, reps: r }));

export const loggedWorkout = (
  sessionId: string,
  performedOn: string,
  spec: Partial<Omit<LoggedWorkoutRecord, 'sessionId' | 'performedOn'>> = {},
): LoggedWorkoutRecord => ({
  sessionId,
  performedOn: performedOn as IsoDate,
  rpe: spec.rpe ?? null,
  durationMinutes: spec.durationMinutes ?? null,
  painBefore: spec.painBefore ?? null,
  painNextMorning: spec.painNextMorning ?? null,
});

/** A log from sets and workouts in any order. */
export const logOf = (...parts: (LoggedSetRecord[] | LoggedWorkoutRecord)[]): TrainingLog => ({
  sets: parts.filter((p): p is LoggedSetRecord[] => Array.isArray(p)).flat(),
  workouts: parts.filter((p): p is LoggedWorkoutRecord => !Array.isArray(p)),
});

/** A prescription of a catalogue exercise, as the plan writes one; `dose` overrides. */
export const planExercise = (
  exerciseId: string,
  dose: Partial<PlanExercise> & Pick<PlanExercise, 'sets'>,
): PlanExercise => {
  const e = getExercise(exerciseId);
  const amount =
    dose.reps !== undefined || dose.seconds !== undefined || dose.contacts !== undefined
      ? {}
      : e.doseKind === 'seconds'
        ? { seconds: e.defaultDose.amount }
        : { reps: e.defaultDose.amount };
  return {
    exerciseId: e.id,
    name: e.name,
    perSide: e.dosePerSide,
    ...(e.dosePerSide ? { side: sideOf(e) } : {}),
    tempo: e.tempo,
    restSeconds: e.restSeconds,
    load: { kind: 'none' },
    targetRpe: 7,
    cues: e.cues,
    ...amount,
    ...dose,
  };
};

/** The plan with the named sessions' exercises replaced: hand-built sessions on real dates. */
export const withExercises = (plan: Plan, sessions: Record<string, PlanExercise[]>): Plan => {
  const next = structuredClone(plan);
  for (const [id, exercises] of Object.entries(sessions)) {
    const found = findSession(next, id);
    if (!found) throw new Error(`test plan has no session ${id}`);
    found.session.exercises = exercises;
  }
  return next;
};

/** The prescription of an exercise in a session of the plan. */
export const prescriptionIn = (
  plan: Plan,
  sessionId: string,
  exerciseId: string,
): PlanExercise | undefined =>
  findSession(plan, sessionId)?.session.exercises.find((e) => e.exerciseId === exerciseId);
