import type { IsoDate } from '../calendar/iso-date';
import type { BandTension } from '../catalogue/equipment';

/** One logged set, as the server's log keeps it (every field the runner may leave out is null). */
export interface LoggedSetRecord {
  sessionId: string;
  exerciseId: string;
  setNumber: number;
  performedOn: IsoDate;
  reps: number | null;
  seconds: number | null;
  loadKg: number | null;
  band: BandTension | null;
  rpe: number | null;
  /** Pain during the set, 0–10 (B26). */
  pain: number | null;
}

/** One logged session's summary. */
export interface LoggedWorkoutRecord {
  sessionId: string;
  performedOn: IsoDate;
  rpe: number | null;
  durationMinutes: number | null;
  /** B26: pain before the session and the next morning, 0–10, when the runner gave them. */
  painBefore: number | null;
  painNextMorning: number | null;
}

export interface TrainingLog {
  sets: readonly LoggedSetRecord[];
  workouts: readonly LoggedWorkoutRecord[];
}

/** A session as the runner did it: its sets and summary, under one session id and date. */
export interface LoggedSession {
  sessionId: string;
  performedOn: IsoDate;
  sets: LoggedSetRecord[];
  workout: LoggedWorkoutRecord | undefined;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The log grouped by session id and date, oldest first (ties by session id), each session's sets
 * by exercise and set number: the order the coach replays them in, whatever order they came in.
 */
export const loggedSessionsOf = (log: TrainingLog): LoggedSession[] => {
  const sessions = new Map<string, LoggedSession>();
  const sessionOf = (sessionId: string, performedOn: IsoDate) => {
    const key = `${performedOn}|${sessionId}`;
    const found = sessions.get(key) ?? { sessionId, performedOn, sets: [], workout: undefined };
    sessions.set(key, found);
    return found;
  };
  for (const set of log.sets) sessionOf(set.sessionId, set.performedOn).sets.push(set);
  for (const workout of log.workouts) {
    sessionOf(workout.sessionId, workout.performedOn).workout = workout;
  }
  return [...sessions.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([, session]) => ({
      ...session,
      sets: [...session.sets].sort(
        (a, b) => byText(a.exerciseId, b.exerciseId) || a.setNumber - b.setNumber,
      ),
    }));
};

/** B26: the runner's pain the next morning was above their score before the session. */
export const worseNextMorning = (workout: LoggedWorkoutRecord | undefined): boolean =>
  workout?.painNextMorning !== null &&
  workout?.painNextMorning !== undefined &&
  workout.painNextMorning > (workout.painBefore ?? 0);
