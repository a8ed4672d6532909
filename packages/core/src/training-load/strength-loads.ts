import type { IsoDate } from '../calendar/iso-date';
import type { StrengthLoadEntry } from '../runs/load-picture';

/** A logged workout summary, as the log keeps it. */
export interface LoggedWorkoutLoad {
  sessionId: string;
  performedOn: string;
  rpe: number | null;
  durationMinutes: number | null;
}

/** A logged set, as far as load goes. */
export interface LoggedSetLoad {
  sessionId: string;
  performedOn: string;
  rpe: number | null;
}

const byDate = (a: StrengthLoadEntry, b: StrengthLoadEntry): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/**
 * B33 for strength: one entry per session and day the runner logged. The session RPE is the
 * workout's own, else the mean of its sets' RPE; the minutes are the workout's own, else the
 * plan's minutes per session. A session with no RPE at all has no load rather than a guessed one.
 */
export const strengthLoadsOf = (
  workouts: readonly LoggedWorkoutLoad[],
  sets: readonly LoggedSetLoad[],
  minutesPerSession: number | undefined,
): StrengthLoadEntry[] => {
  const sessions = new Map<string, { date: string; rpe: number[]; workout?: LoggedWorkoutLoad }>();
  const entryOf = (sessionId: string, date: string) => {
    const key = `${sessionId}|${date}`;
    const found = sessions.get(key) ?? { date, rpe: [] };
    sessions.set(key, found);
    return found;
  };
  for (const workout of workouts) entryOf(workout.sessionId, workout.performedOn).workout = workout;
  for (const set of sets) {
    if (set.rpe !== null) entryOf(set.sessionId, set.performedOn).rpe.push(set.rpe);
  }
  const entries: StrengthLoadEntry[] = [];
  for (const { date, rpe, workout } of sessions.values()) {
    const sessionRpe =
      workout?.rpe ?? (rpe.length > 0 ? rpe.reduce((a, b) => a + b, 0) / rpe.length : undefined);
    const minutes = workout?.durationMinutes ?? minutesPerSession;
    if (sessionRpe === undefined || minutes === undefined) continue;
    entries.push({ date: date as IsoDate, rpe: sessionRpe, minutes });
  }
  return entries.sort(byDate);
};
