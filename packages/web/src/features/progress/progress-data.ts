import { kilograms, toPounds } from '@runstrong/core';
import { epochSeconds } from './dates';

/**
 * Shaping the API's progress answers into what the charts and tables draw: x values, series in
 * the runner's units, and a sentence that says what a chart shows. Pure, so it is tested in node.
 */

export type Units = 'metric' | 'imperial';

/** One logged set, as GET /api/log/sets answers it (the fields this screen reads). */
export interface LoggedSet {
  exerciseId: string;
  performedOn: string;
  reps: number | null;
  seconds: number | null;
  loadKg: number | null;
}

export interface HistorySet {
  setNumber: number;
  reps: number | null;
  seconds: number | null;
  loadKg: number | null;
  band: 'light' | 'medium' | 'heavy' | null;
}

/** GET /api/progress/exercises/:exerciseId */
export interface ExerciseHistory {
  exerciseId: string;
  exerciseName: string;
  from: string;
  to: string;
  days: {
    performedOn: string;
    sets: HistorySet[];
    bestSet: HistorySet;
    totalReps: number;
    totalSeconds: number;
    volumeLoadKg: number;
    estimatedOneRepMaxKg: { epley: number; brzycki: number } | null;
  }[];
}

/** GET /api/progress/weekly-volume */
export interface WeeklyVolume {
  from: string;
  to: string;
  weeks: {
    week: string;
    weekStart: string;
    weekEnd: string;
    sets: number;
    totalReps: number;
    totalSeconds: number;
    volumeLoadKg: number;
    sessionsLogged: number;
    sessionLoad: number;
  }[];
}

/** GET /api/progress/adherence */
export interface AdherenceView {
  from: string;
  to: string;
  weeks: {
    index: number;
    startDate: string;
    endDate: string;
    phase: string;
    planned: number;
    skipped: number;
    done: number;
    rate: number | null;
  }[];
  totals: { planned: number; skipped: number; done: number; rate: number | null };
}

// ---------------------------------------------------------------------------------------------
// Units

/** A mass in the runner's units, to one decimal: kg as logged, pounds by the core's factor. */
export const massValue = (kg: number, units: Units): number =>
  Math.round((units === 'imperial' ? toPounds(kilograms(kg)) : kg) * 10) / 10;

export const massUnit = (units: Units): string => (units === 'imperial' ? 'lb' : 'kg');

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A number for people: thousands grouped, at most one decimal ("1,234.5"). */
export const formatNumber = (n: number): string => grouped.format(n);

/** A load to read: "20 kg", "44.1 lb". */
export const formatLoad = (kg: number, units: Units): string =>
  `${formatNumber(massValue(kg, units))} ${massUnit(units)}`;

/** A volume load (Σ reps × load) to read, in whole units: "1,260 kg", "2,778 lb". */
export const formatVolume = (kg: number, units: Units): string =>
  `${formatNumber(Math.round(massValue(kg, units)))} ${massUnit(units)}`;

// ---------------------------------------------------------------------------------------------
// The exercise picker

export interface LoggedExercise {
  id: string;
  name: string;
  /** The last date it was logged on. */
  lastOn: string;
  sets: number;
}

/**
 * The distinct exercises in a list of logged sets, named by `nameOf` (the catalogue), in
 * alphabetical order; ids the catalogue does not know keep their id as the name.
 */
export const loggedExercises = (
  sets: readonly LoggedSet[],
  nameOf: (id: string) => string | undefined,
): LoggedExercise[] => {
  const byId = new Map<string, LoggedExercise>();
  for (const set of sets) {
    const seen = byId.get(set.exerciseId);
    if (seen) {
      seen.sets += 1;
      if (set.performedOn > seen.lastOn) seen.lastOn = set.performedOn;
    } else {
      byId.set(set.exerciseId, {
        id: set.exerciseId,
        name: nameOf(set.exerciseId) ?? set.exerciseId,
        lastOn: set.performedOn,
        sets: 1,
      });
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
};

/** The exercise to open on: the one logged most recently (ties: the first by name). */
export const mostRecentExercise = (exercises: readonly LoggedExercise[]): string | undefined =>
  exercises.reduce<LoggedExercise | undefined>(
    (best, e) => (!best || e.lastOn > best.lastOn ? e : best),
    undefined,
  )?.id;

// ---------------------------------------------------------------------------------------------
// Series

/** A chart's data: x as epoch seconds, one array per series, null where there is no value. */
export interface Series {
  dates: string[];
  x: number[];
  values: Record<string, (number | null)[]>;
}

export type Amount = 'reps' | 'seconds';

export interface ExerciseSeries extends Series {
  /** Whether the exercise is counted in reps or held for seconds (the charted amount). */
  amount: Amount;
  /** Whether any day had a load; without one the load chart is left out. */
  hasLoad: boolean;
  /** Whether any day had an estimated 1RM (a loaded set of 1–12 reps). */
  hasOneRepMax: boolean;
}

/**
 * One exercise's days as series: `amount` (total reps, or total seconds for holds), `load` (the
 * best set's load) and `oneRepMax` (the day's best Epley estimate), masses in the runner's units.
 */
export const exerciseSeries = (history: ExerciseHistory, units: Units): ExerciseSeries => {
  const days = history.days;
  const amount: Amount =
    days.some((d) => d.totalReps > 0) || !days.some((d) => d.totalSeconds > 0) ? 'reps' : 'seconds';
  const load = days.map((d) =>
    d.bestSet.loadKg === null ? null : massValue(d.bestSet.loadKg, units),
  );
  const oneRepMax = days.map((d) =>
    d.estimatedOneRepMaxKg ? massValue(d.estimatedOneRepMaxKg.epley, units) : null,
  );
  return {
    dates: days.map((d) => d.performedOn),
    x: days.map((d) => epochSeconds(d.performedOn)),
    values: {
      amount: days.map((d) => (amount === 'reps' ? d.totalReps : d.totalSeconds)),
      load,
      oneRepMax,
    },
    amount,
    hasLoad: load.some((v) => v !== null),
    hasOneRepMax: oneRepMax.some((v) => v !== null),
  };
};

/** Weekly volume as series by week start: `sets`, `volume` (runner's units) and `sessionLoad`. */
export const weeklySeries = (volume: WeeklyVolume, units: Units): Series => ({
  dates: volume.weeks.map((w) => w.weekStart),
  x: volume.weeks.map((w) => epochSeconds(w.weekStart)),
  values: {
    sets: volume.weeks.map((w) => w.sets),
    volume: volume.weeks.map((w) => Math.round(massValue(w.volumeLoadKg, units))),
    sessionLoad: volume.weeks.map((w) => w.sessionLoad),
  },
});

/** Adherence as series by plan week start: `planned` and `done`. */
export const adherenceSeries = (adherence: AdherenceView): Series => ({
  dates: adherence.weeks.map((w) => w.startDate),
  x: adherence.weeks.map((w) => epochSeconds(w.startDate)),
  values: {
    planned: adherence.weeks.map((w) => w.planned),
    done: adherence.weeks.map((w) => w.done),
  },
});

/** A rate as a whole percentage ("75 %"), or a dash when nothing was planned. */
export const formatRate = (rate: number | null): string =>
  rate === null ? '—' : `${Math.round(rate * 100)} %`;

/** Whether a series has anything other than zeros and gaps to draw. */
export const hasData = (values: readonly (number | null)[] | undefined): boolean =>
  (values ?? []).some((v) => v !== null && v !== 0);

// ---------------------------------------------------------------------------------------------
// Words

/**
 * What a chart shows, in one sentence, for the caption beside it: the first and the last value
 * and the highest, with their dates. `dateText` writes a date ("5 Jan 2027").
 */
export const describeTrend = (
  dates: readonly string[],
  values: readonly (number | null)[],
  format: (value: number) => string,
  dateText: (date: string) => string,
): string => {
  const points = dates
    .map((date, i) => ({ date, value: values[i] ?? null }))
    .filter((p): p is { date: string; value: number } => p.value !== null);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'Nothing to show yet.';
  if (points.length === 1) return `${format(first.value)} on ${dateText(first.date)}.`;
  const highest = points.reduce((best, p) => (p.value > best.value ? p : best), first);
  return `From ${format(first.value)} on ${dateText(first.date)} to ${format(last.value)} on ${dateText(last.date)}; highest ${format(highest.value)} on ${dateText(highest.date)}.`;
};

/** One set in words: "8 × 20 kg", "45 s", "10 reps, heavy band". */
export const formatSet = (set: HistorySet, units: Units): string => {
  const amount =
    set.reps !== null ? `${set.reps}` : set.seconds !== null ? `${set.seconds} s` : '—';
  if (set.loadKg !== null && set.reps !== null)
    return `${amount} × ${formatLoad(set.loadKg, units)}`;
  const reps = set.reps !== null ? `${amount} ${set.reps === 1 ? 'rep' : 'reps'}` : amount;
  const extra = [
    set.loadKg !== null ? formatLoad(set.loadKg, units) : '',
    set.band ? `${set.band} band` : '',
  ].filter(Boolean);
  return [reps, ...extra].join(', ');
};
