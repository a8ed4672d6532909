import { epochSeconds } from './dates';
import { formatNumber, type Series } from './progress-data';

/**
 * Running and strength load together (GET /api/load): the daily bars, fitness and fatigue, the
 * weeks' monotony and strain, the acute:chronic ratio in words, and how each run's load was
 * counted. Pure, so it is tested in node.
 */

export type LoadMethod = 'rpe' | 'heart-rate' | 'duration';

/** GET /api/load?days= */
export interface LoadView {
  from: string;
  to: string;
  days: { date: string; running: number; strength: number }[];
  weeks: {
    start: string;
    running: number;
    strength: number;
    load: number;
    monotony: number | null;
    strain: number | null;
  }[];
  acuteChronic: { ratio: number | null; note: string };
  fitnessFatigue: { date: string; fitness: number; fatigue: number; form: number }[];
  runLoads: {
    runId: string;
    date: string;
    load: number;
    method: LoadMethod;
    explanation: string;
  }[];
}

/** Twelve weeks: enough for four-week ratios and a fitness line with a shape. */
export const TRAINING_LOAD_DAYS = 84;

const orNull = (n: number): number | null => (n > 0 ? n : null);

/**
 * The daily bars, stacked: `stack` is running + strength and is drawn first, `strength` is drawn
 * over its lower part, so what shows above the strength is the running. `running` is kept for
 * the words. Days without load are gaps, not zero-height bars.
 */
export const dailyLoadSeries = (view: LoadView): Series => ({
  dates: view.days.map((d) => d.date),
  x: view.days.map((d) => epochSeconds(d.date)),
  values: {
    stack: view.days.map((d) => orNull(d.running + d.strength)),
    strength: view.days.map((d) => orNull(d.strength)),
    running: view.days.map((d) => orNull(d.running)),
  },
});

/** Fitness, fatigue and form by day (B36), to one decimal. */
export const fitnessSeries = (view: LoadView): Series => {
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    dates: view.fitnessFatigue.map((d) => d.date),
    x: view.fitnessFatigue.map((d) => epochSeconds(d.date)),
    values: {
      fitness: view.fitnessFatigue.map((d) => round(d.fitness)),
      fatigue: view.fitnessFatigue.map((d) => round(d.fatigue)),
      form: view.fitnessFatigue.map((d) => round(d.form)),
    },
  };
};

/** Whether there is any load at all to draw. */
export const hasLoad = (view: LoadView): boolean =>
  view.days.some((d) => d.running > 0 || d.strength > 0);

/**
 * The daily chart in one sentence: each kind's total over the window and the biggest day.
 * `dateText` writes a date ("5 Jan 2027").
 */
export const describeDailyLoad = (view: LoadView, dateText: (date: string) => string): string => {
  if (!hasLoad(view)) return 'No load in these weeks.';
  const running = view.days.reduce((sum, d) => sum + d.running, 0);
  const strength = view.days.reduce((sum, d) => sum + d.strength, 0);
  const biggest = view.days.reduce((best, d) =>
    d.running + d.strength > best.running + best.strength ? d : best,
  );
  return `Running ${formatNumber(running)} and strength ${formatNumber(strength)} over ${view.days.length} days; the biggest day was ${dateText(biggest.date)} at ${formatNumber(biggest.running + biggest.strength)}.`;
};

/** The last day of the fitness–fatigue lines in one sentence. */
export const describeFitness = (view: LoadView, dateText: (date: string) => string): string => {
  const last = view.fitnessFatigue.at(-1);
  if (!last) return 'Nothing to show yet.';
  return `On ${dateText(last.date)}: fitness ${formatNumber(last.fitness)}, fatigue ${formatNumber(last.fatigue)}, form ${formatNumber(last.form)}.`;
};

/** A ratio to two decimals: "1.08". */
export const formatRatio = (ratio: number): string => ratio.toFixed(2);

const withStop = (text: string): string => {
  const trimmed = text.trim();
  return trimmed === '' || /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

/**
 * The acute:chronic ratio as a description (B35): the number in words and the server's note,
 * never a verdict.
 */
export const ratioSentence = ({ ratio, note }: LoadView['acuteChronic']): string => {
  const said =
    ratio === null
      ? 'There is no acute:chronic ratio yet: the last 28 days hold no load to compare with.'
      : `Acute:chronic ratio ${formatRatio(ratio)}: your average daily load over the last 7 days is ${formatRatio(ratio)} times your average over the last 28.`;
  return note.trim() === '' ? said : `${said} ${withStop(note)}`;
};

const METHOD_WORDS: Record<LoadMethod, string> = {
  rpe: 'Your effort rating (RPE) × minutes',
  'heart-rate': 'Heart rate',
  duration: 'Duration only',
};

/** How a run's load was counted, for the table. */
export const loadMethodLabel = (method: string): string =>
  METHOD_WORDS[method as LoadMethod] ?? method;

/** Monotony to two decimals and strain whole; a dash when a week's loads give none. */
export const formatMonotony = (monotony: number | null): string =>
  monotony === null ? '—' : monotony.toFixed(2);

export const formatStrain = (strain: number | null): string =>
  strain === null ? '—' : formatNumber(Math.round(strain));
