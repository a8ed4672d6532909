import type { ChartMarker } from './chart-types';
import { addDays, epochSeconds, startOfWeek } from './dates';
import {
  type ExerciseSeries,
  formatLoad,
  formatNumber,
  massValue,
  type Units,
} from './progress-data';

/**
 * What the coach changed after the runner's logged sessions (GET /api/plan/coaching), shaped for
 * the progress charts: each exercise's changes (the same change on later sessions folded into
 * the first), the next prescription as a point on the chart, vertical marks on the days the coach
 * changed something, early deload weeks (B19) and the estimated 1RM with the set it came from.
 * Pure, so it is tested in node.
 */

/** One change, as the API names it. */
export interface CoachingChange {
  sessionId: string;
  date: string;
  exerciseId?: string;
  /** A SPEC rule id (B13, B14, B16, B17, B19, B26, A1…), `gap` or `override`. */
  rule: string;
  what: string;
  why: string;
}

export interface OneRepMaxEstimate {
  exerciseId: string;
  epleyKg: number;
  brzyckiKg: number;
  from: { performedOn: string; reps: number; loadKg: number; rpe: number | null };
}

/** GET /api/plan/coaching */
export interface CoachingView {
  planId: string;
  today: string;
  changes: CoachingChange[];
  oneRepMax: OneRepMaxEstimate[];
}

/** A change the coach made, first on `date`, and the later sessions it was made to as well. */
export interface ChangeGroup {
  date: string;
  sessionId: string;
  rule: string;
  what: string;
  why: string;
  laterDates: string[];
}

const byDate = (a: { date: string }, b: { date: string }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/**
 * Changes folded by rule, what and why: every future session is re-prescribed from the same log,
 * so one progression repeats on each session with the exercise; it is listed once, on its first
 * date, with the later dates beside it. In date order.
 */
export const groupChanges = (changes: readonly CoachingChange[]): ChangeGroup[] => {
  const groups = new Map<string, ChangeGroup>();
  for (const change of [...changes].sort(byDate)) {
    const key = `${change.rule}\n${change.what}\n${change.why}`;
    const seen = groups.get(key);
    if (seen) {
      if (change.date !== seen.date && !seen.laterDates.includes(change.date))
        seen.laterDates.push(change.date);
    } else {
      groups.set(key, {
        date: change.date,
        sessionId: change.sessionId,
        rule: change.rule,
        what: change.what,
        why: change.why,
        laterDates: [],
      });
    }
  }
  return [...groups.values()];
};

/**
 * How far ahead the charts mark changes. Every session to the end of the plan is re-prescribed
 * from the same log, and re-prescribed again after the next session logged: the coming two weeks
 * are what the log decides now. Later changes are listed, not drawn.
 */
export const MARKED_AHEAD_DAYS = 14;

/** Changes first made within the coming two weeks from `today`, and those after. */
export const splitByHorizon = (
  groups: readonly ChangeGroup[],
  today: string,
): { near: ChangeGroup[]; later: ChangeGroup[] } => {
  const horizon = addDays(today, MARKED_AHEAD_DAYS);
  return {
    near: groups.filter((g) => g.date < horizon),
    later: groups.filter((g) => g.date >= horizon),
  };
};

/** One exercise's changes, grouped. */
export const changesForExercise = (
  changes: readonly CoachingChange[],
  exerciseId: string,
): ChangeGroup[] => groupChanges(changes.filter((c) => c.exerciseId === exerciseId));

const RULE_WORDS: Record<string, string> = {
  A1: 'missed session',
  B13: 'double progression',
  B14: '2-for-2 rule',
  B15: 'load step',
  B16: 'effort (RPE)',
  B17: 'share of 1RM',
  B18: 'estimated 1RM',
  B19: 'early deload',
  B26: 'pain gate',
  gap: 'back after a break',
  override: 'your own choice',
};

/** "B13, double progression"; a rule the app has no words for reads as its id. */
export const ruleWords = (rule: string): string => {
  const words = RULE_WORDS[rule];
  if (!words) return rule;
  return rule === 'gap' || rule === 'override' ? words : `${rule}, ${words}`;
};

/** The rule ids of some changes, each once, in order: "B13", "B13 B26". */
export const rulesOf = (groups: readonly { rule: string }[]): string =>
  [...new Set(groups.map((g) => g.rule))].join(' ');

// ---------------------------------------------------------------------------------------------
// The next prescription

/** The parts of a plan exercise the next prescription is read from. */
export interface PrescribedExercise {
  exerciseId: string;
  sets: number;
  reps?: number;
  repsBySet?: number[];
  seconds?: number;
  contacts?: number;
  load: { kind: string; kg?: number | null };
}

export interface PlanDayLike {
  date: string;
  sessions: { id: string; skipped?: boolean; exercises: PrescribedExercise[] }[];
}

/** The next session with the exercise, as prescribed: what the coach's change comes to. */
export interface NextPrescription {
  date: string;
  sessionId: string;
  /** Total reps (or seconds, for a hold) over the sets, as the chart of amounts counts them. */
  total: number;
  unit: 'reps' | 'seconds';
  /** Kilograms named (a weight, a vest); null for bodyweight, a band or a weight chosen by feel. */
  loadKg: number | null;
}

const totalOf = (e: PrescribedExercise): { total: number; unit: 'reps' | 'seconds' } => {
  if (e.seconds !== undefined) return { total: e.sets * e.seconds, unit: 'seconds' };
  if (e.repsBySet) return { total: e.repsBySet.reduce((a, b) => a + b, 0), unit: 'reps' };
  return { total: e.sets * (e.reps ?? e.contacts ?? 0), unit: 'reps' };
};

const kgOf = (load: PrescribedExercise['load']): number | null =>
  (load.kind === 'kg' || load.kind === 'vest') && typeof load.kg === 'number' ? load.kg : null;

/** The first session on or after `from`, not skipped, with the exercise in it. */
export const nextPrescription = (
  days: readonly PlanDayLike[],
  exerciseId: string,
  from: string,
): NextPrescription | undefined => {
  for (const day of days) {
    if (day.date < from) continue;
    for (const session of day.sessions) {
      if (session.skipped) continue;
      const exercise = session.exercises.find((e) => e.exerciseId === exerciseId);
      if (exercise) {
        return {
          date: day.date,
          sessionId: session.id,
          ...totalOf(exercise),
          loadKg: kgOf(exercise.load),
        };
      }
    }
  }
  return undefined;
};

// ---------------------------------------------------------------------------------------------
// Marks on the charts

/**
 * A vertical mark on each day the coach changed the exercise (its first date per change),
 * labelled with the rule ids of that day. The day of the next prescription is marked without a
 * label: the point drawn there carries it.
 */
export const changeMarkers = (
  groups: readonly ChangeGroup[],
  pointDate: string | undefined,
): ChartMarker[] => {
  const dates = [...new Set(groups.map((g) => g.date))].sort();
  return dates.map((date) => ({
    x: epochSeconds(date),
    label: date === pointDate ? '' : rulesOf(groups.filter((g) => g.date === date)),
  }));
};

/** An exercise's series with the next prescription, and the label the point carries. */
export interface CoachedSeries extends ExerciseSeries {
  /** Rule ids beside each x where a next-prescription point is drawn; null elsewhere. */
  labels: (string | null)[];
}

/**
 * The exercise's series with the coach's next prescription as points of their own, `nextAmount`
 * and `nextLoad` (runner's units), at the session's date, labelled with the rule ids of the
 * changes made to it. Without a change on that session, the series as they were.
 */
export const withNextPrescription = (
  series: ExerciseSeries,
  next: NextPrescription | undefined,
  groups: readonly ChangeGroup[],
  units: Units,
): CoachedSeries => {
  const none = (): (number | null)[] => series.x.map(() => null);
  const plain = {
    ...series,
    values: { ...series.values, nextAmount: none(), nextLoad: none() },
    labels: series.x.map(() => null),
  };
  const rules = next ? rulesOf(groups.filter((g) => g.date === next.date)) : '';
  if (!next || rules === '') return plain;

  const x = epochSeconds(next.date);
  let at = series.x.indexOf(x);
  const dates = [...series.dates];
  const xs = [...series.x];
  const values: Record<string, (number | null)[]> = {};
  for (const [key, list] of Object.entries(series.values)) values[key] = [...list];
  if (at === -1) {
    at = xs.findIndex((v) => v > x);
    if (at === -1) at = xs.length;
    dates.splice(at, 0, next.date);
    xs.splice(at, 0, x);
    for (const list of Object.values(values)) list.splice(at, 0, null);
  }
  const point = (value: number | null) => xs.map((_, i) => (i === at ? value : null));
  const sameUnit = next.unit === series.amount;
  return {
    ...series,
    dates,
    x: xs,
    values: {
      ...values,
      nextAmount: point(sameUnit ? next.total : null),
      nextLoad: point(next.loadKg === null ? null : massValue(next.loadKg, units)),
    },
    labels: xs.map((_, i) => (i === at ? rules : null)),
  };
};

/** "Next, Thu 10 Dec: 33 reps over the sets, 18 kg (B13)". */
export const nextPrescriptionWords = (
  next: NextPrescription,
  rules: string,
  units: Units,
  dateText: (date: string) => string,
): string => {
  const amount =
    next.unit === 'seconds'
      ? `${formatNumber(next.total)} s held over the sets`
      : `${formatNumber(next.total)} reps over the sets`;
  const load = next.loadKg === null ? '' : `, ${formatLoad(next.loadKg, units)}`;
  return `Next, ${dateText(next.date)}: ${amount}${load}${rules ? ` (${rules})` : ''}.`;
};

// ---------------------------------------------------------------------------------------------
// Weeks

/** A week the coach made an early deload (B19): its Monday, the days changed and why. */
export interface DeloadWeek {
  weekStart: string;
  dates: string[];
  why: string;
}

/** B19's early deloads, one per week, in order. */
export const earlyDeloadWeeks = (changes: readonly CoachingChange[]): DeloadWeek[] => {
  const weeks = new Map<string, DeloadWeek>();
  for (const change of [...changes].sort(byDate)) {
    if (change.rule !== 'B19') continue;
    const weekStart = startOfWeek(change.date);
    const seen = weeks.get(weekStart);
    if (seen) {
      if (!seen.dates.includes(change.date)) seen.dates.push(change.date);
    } else {
      weeks.set(weekStart, { weekStart, dates: [change.date], why: change.why });
    }
  }
  return [...weeks.values()];
};

/** A weekly series' marks for the deload weeks, on their Mondays. */
export const deloadMarkers = (weeks: readonly DeloadWeek[]): ChartMarker[] =>
  weeks.map((w) => ({ x: epochSeconds(w.weekStart), label: 'B19 deload' }));

// ---------------------------------------------------------------------------------------------
// Estimated 1RM

export const oneRepMaxFor = (
  coaching: CoachingView | null | undefined,
  exerciseId: string,
): OneRepMaxEstimate | undefined => coaching?.oneRepMax.find((e) => e.exerciseId === exerciseId);

/** "27.5 kg by Epley, 26.7 kg by Brzycki, from 10 × 20 kg at RPE 6 on Thu 26 Nov". */
export const oneRepMaxWords = (
  estimate: OneRepMaxEstimate,
  units: Units,
  dateText: (date: string) => string,
): string => {
  const { from } = estimate;
  const rpe = from.rpe === null ? '' : ` at RPE ${formatNumber(from.rpe)}`;
  return `${formatLoad(estimate.epleyKg, units)} by Epley, ${formatLoad(estimate.brzyckiKg, units)} by Brzycki, from ${from.reps} × ${formatLoad(from.loadKg, units)}${rpe} on ${dateText(from.performedOn)}`;
};
