import {
  addDays,
  brzyckiOneRepMax,
  daysBetween,
  epleyOneRepMax,
  type IsoDate,
  sessionLoad,
  weekdayIndex,
  weekdayOf,
} from '@runstrong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Band } from './log.schemas';
import { byText, type SetLogRow } from './set-log.repository';
import type { WorkoutRow } from './workout.repository';

/**
 * Progress from the log, computed here from plain rows with the core's date and load arithmetic
 * (the same on SQLite and PostgreSQL, and testable without a database).
 */

const roundTo = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

type LoggedSet = Pick<
  SetLogRow,
  | 'id'
  | 'session_id'
  | 'set_number'
  | 'performed_on'
  | 'reps'
  | 'seconds'
  | 'load_kg'
  | 'band'
  | 'rpe'
  | 'pain'
>;

export interface HistorySet {
  id: string;
  sessionId: string;
  setNumber: number;
  reps: number | null;
  seconds: number | null;
  loadKg: number | null;
  band: Band | null;
  rpe: number | null;
  pain: number | null;
}

export interface HistoryDay {
  performedOn: string;
  sets: HistorySet[];
  bestSet: HistorySet;
  totalReps: number;
  totalSeconds: number;
  volumeLoadKg: number;
  /** The best estimate of the day by each formula (B18), from loaded sets of 1–12 reps. */
  estimatedOneRepMaxKg: { epley: number; brzycki: number } | null;
}

const historySet = (row: LoggedSet): HistorySet => ({
  id: row.id,
  sessionId: row.session_id,
  setNumber: row.set_number,
  reps: row.reps,
  seconds: row.seconds,
  loadKg: row.load_kg,
  band: row.band as Band | null,
  rpe: row.rpe,
  pain: row.pain,
});

/** Heaviest load first, then most reps, then most seconds, then the earliest set. */
const betterSet = (a: HistorySet, b: HistorySet): number =>
  (b.loadKg ?? 0) - (a.loadKg ?? 0) ||
  (b.reps ?? -1) - (a.reps ?? -1) ||
  (b.seconds ?? -1) - (a.seconds ?? -1) ||
  byText(a.sessionId, b.sessionId) ||
  a.setNumber - b.setNumber;

/** Reps × load over the sets that have both (the volume load of strength training). */
const volumeLoad = (sets: readonly HistorySet[]): number =>
  roundTo(
    sets.reduce(
      (sum, s) => sum + (s.reps !== null && s.loadKg !== null ? s.reps * s.loadKg : 0),
      0,
    ),
    2,
  );

const bestEstimate = (
  sets: readonly HistorySet[],
  formula: (weight: number, reps: number) => number | undefined,
): number | undefined => {
  const estimates = sets
    .map((s) => (s.loadKg !== null && s.reps !== null ? formula(s.loadKg, s.reps) : undefined))
    .filter((e): e is number => e !== undefined);
  return estimates.length === 0 ? undefined : roundTo(Math.max(...estimates), 1);
};

/** One exercise's log, day by day in date order. */
export const exerciseHistory = (rows: readonly LoggedSet[]): HistoryDay[] => {
  const byDate = new Map<string, HistorySet[]>();
  for (const row of rows) {
    const day = byDate.get(row.performed_on) ?? [];
    day.push(historySet(row));
    byDate.set(row.performed_on, day);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([performedOn, unordered]) => {
      const sets = unordered.sort(
        (a, b) => byText(a.sessionId, b.sessionId) || a.setNumber - b.setNumber,
      );
      const epley = bestEstimate(sets, epleyOneRepMax);
      const brzycki = bestEstimate(sets, brzyckiOneRepMax);
      return {
        performedOn,
        sets,
        bestSet: [...sets].sort(betterSet)[0] as HistorySet,
        totalReps: sets.reduce((sum, s) => sum + (s.reps ?? 0), 0),
        totalSeconds: sets.reduce((sum, s) => sum + (s.seconds ?? 0), 0),
        volumeLoadKg: volumeLoad(sets),
        estimatedOneRepMaxKg:
          epley === undefined || brzycki === undefined ? null : { epley, brzycki },
      };
    });
};

export const loadExerciseHistory = async (
  db: Kysely<Database>,
  userId: string,
  exerciseId: string,
  from: IsoDate,
  to: IsoDate,
): Promise<HistoryDay[]> => {
  const rows = await db
    .selectFrom('set_log')
    .select([
      'id',
      'session_id',
      'set_number',
      'performed_on',
      'reps',
      'seconds',
      'load_kg',
      'band',
      'rpe',
      'pain',
    ])
    .where('user_id', '=', userId)
    .where('exercise_id', '=', exerciseId)
    .where('performed_on', '>=', from)
    .where('performed_on', '<=', to)
    .execute();
  return exerciseHistory(rows);
};

/** The Monday that starts the ISO week of a date. */
export const mondayOf = (date: IsoDate): IsoDate => addDays(date, -weekdayIndex(weekdayOf(date)));

/** ISO 8601 week label, e.g. `2027-W01`: the week belongs to the year of its Thursday. */
export const isoWeekOf = (date: IsoDate): string => {
  const thursday = addDays(mondayOf(date), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01` as IsoDate, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
};

export interface WeekVolume {
  week: string;
  weekStart: string;
  weekEnd: string;
  sets: number;
  totalReps: number;
  totalSeconds: number;
  volumeLoadKg: number;
  /** Distinct session ids with a logged set or a workout summary in the week. */
  sessionsLogged: number;
  /** Σ session RPE × minutes (B33) over the week's workouts that have both. */
  sessionLoad: number;
}

type VolumeSet = Pick<SetLogRow, 'session_id' | 'performed_on' | 'reps' | 'seconds' | 'load_kg'>;
type VolumeWorkout = Pick<WorkoutRow, 'session_id' | 'performed_on' | 'rpe' | 'duration_minutes'>;

/** The whole ISO weeks that cover `from`…`to`: Monday of the first to Sunday of the last. */
export const weeksCovering = (from: IsoDate, to: IsoDate): { from: IsoDate; to: IsoDate } => ({
  from: mondayOf(from),
  to: addDays(mondayOf(to), 6),
});

/** Every week from `from`'s to `to`'s, empty weeks included as zeros. */
export const weeklyVolume = (
  from: IsoDate,
  to: IsoDate,
  sets: readonly VolumeSet[],
  workouts: readonly VolumeWorkout[],
): WeekVolume[] => {
  const weeks = new Map<string, WeekVolume & { sessions: Set<string> }>();
  for (let monday = mondayOf(from); daysBetween(monday, to) >= 0; monday = addDays(monday, 7)) {
    weeks.set(monday, {
      week: isoWeekOf(monday),
      weekStart: monday,
      weekEnd: addDays(monday, 6),
      sets: 0,
      totalReps: 0,
      totalSeconds: 0,
      volumeLoadKg: 0,
      sessionsLogged: 0,
      sessionLoad: 0,
      sessions: new Set(),
    });
  }
  const weekOf = (date: string) => weeks.get(mondayOf(date as IsoDate));
  for (const set of sets) {
    const week = weekOf(set.performed_on);
    if (!week) continue;
    week.sets += 1;
    week.totalReps += set.reps ?? 0;
    week.totalSeconds += set.seconds ?? 0;
    if (set.reps !== null && set.load_kg !== null) week.volumeLoadKg += set.reps * set.load_kg;
    week.sessions.add(set.session_id);
  }
  for (const workout of workouts) {
    const week = weekOf(workout.performed_on);
    if (!week) continue;
    week.sessions.add(workout.session_id);
    if (workout.rpe !== null && workout.duration_minutes !== null) {
      week.sessionLoad += sessionLoad(workout.rpe, workout.duration_minutes);
    }
  }
  return [...weeks.values()].map(({ sessions, ...week }) => ({
    ...week,
    volumeLoadKg: roundTo(week.volumeLoadKg, 2),
    sessionLoad: roundTo(week.sessionLoad, 2),
    sessionsLogged: sessions.size,
  }));
};

/** Weekly volume over the whole weeks that cover the range. */
export const loadWeeklyVolume = async (
  db: Kysely<Database>,
  userId: string,
  from: IsoDate,
  to: IsoDate,
): Promise<{ from: IsoDate; to: IsoDate; weeks: WeekVolume[] }> => {
  const span = weeksCovering(from, to);
  const [sets, workouts] = await Promise.all([
    db
      .selectFrom('set_log')
      .select(['session_id', 'performed_on', 'reps', 'seconds', 'load_kg'])
      .where('user_id', '=', userId)
      .where('performed_on', '>=', span.from)
      .where('performed_on', '<=', span.to)
      .execute(),
    db
      .selectFrom('workout')
      .select(['session_id', 'performed_on', 'rpe', 'duration_minutes'])
      .where('user_id', '=', userId)
      .where('performed_on', '>=', span.from)
      .where('performed_on', '<=', span.to)
      .execute(),
  ]);
  return { ...span, weeks: weeklyVolume(span.from, span.to, sets, workouts) };
};
