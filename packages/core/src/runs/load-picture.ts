import { addDays, daysBetween, type IsoDate } from '../calendar/iso-date';
import {
  acuteChronicRatio,
  banisterStep,
  type FitnessFatigue,
  form,
  sessionLoad,
  weekStrain,
} from '../training-load/training-load';
import {
  type HeartRateProfile,
  heartRateProfileOf,
  type RunLoadMethod,
  runSessionLoad,
} from './run-load';
import { isRunning, type RunClassification, type RunRecord, runDate } from './run-record';

export interface StrengthLoadEntry {
  date: IsoDate;
  rpe: number;
  minutes: number;
}

export interface DayLoad {
  date: IsoDate;
  running: number;
  strength: number;
}

export interface WeekLoad {
  start: IsoDate;
  running: number;
  strength: number;
  load: number;
  monotony: number | undefined;
  strain: number | undefined;
}

export interface LoadPicture {
  /** Every day from..to inclusive, zeros on rest days. */
  days: DayLoad[];
  /** Consecutive 7-day blocks ending on `to`; days before the first whole block are left out. */
  weeks: WeekLoad[];
  /** B35, description only: the plan never changes on it. */
  acuteChronic: { ratio: number | undefined; note: string };
  /** B36, from `initial` (0 and 0 unless given) the day before `from`. */
  fitnessFatigue: { date: IsoDate; fitness: number; fatigue: number; form: number }[];
  runLoads: {
    runId: string;
    date: IsoDate;
    load: number;
    method: RunLoadMethod;
    explanation: string;
  }[];
}

export interface LoadPictureInput {
  runs: readonly RunRecord[];
  classifications: readonly RunClassification[];
  strength: readonly StrengthLoadEntry[];
  heart: HeartRateProfile;
  from: IsoDate;
  to: IsoDate;
  /** Fitness and fatigue on the day before `from`, when a longer history has been computed. */
  initial?: FitnessFatigue;
}

const ACUTE_CHRONIC_DAYS = 28;

/**
 * Runs and strength on one scale (session RPE × minutes, B33) day by day, with the descriptions
 * built on it: each week's load, monotony and strain (B34), the acute:chronic ratio (B35, never
 * a rule) and Banister's fitness and fatigue (B36). Every figure reuses training-load.ts.
 */
export const loadPicture = (input: LoadPictureInput): LoadPicture => {
  const { from, to } = input;
  const span = daysBetween(from, to) + 1;
  const dates = Array.from({ length: Math.max(0, span) }, (_, i) => addDays(from, i));
  const inRange = (date: IsoDate | undefined): date is IsoDate =>
    date !== undefined && date >= from && date <= to;

  const heart = heartRateProfileOf(input.runs, input.heart);
  const kinds = new Map(input.classifications.map((c) => [c.runId, c]));
  const runLoads = input.runs.flatMap((run) => {
    const date = runDate(run);
    if (!isRunning(run) || !inRange(date)) return [];
    return [{ runId: run.id, date, ...runSessionLoad(run, kinds.get(run.id), heart) }];
  });

  const running = new Map<string, number>();
  for (const r of runLoads) running.set(r.date, (running.get(r.date) ?? 0) + r.load);
  const strength = new Map<string, number>();
  for (const s of input.strength.filter((s) => inRange(s.date))) {
    strength.set(s.date, (strength.get(s.date) ?? 0) + sessionLoad(s.rpe, s.minutes));
  }
  const days: DayLoad[] = dates.map((date) => ({
    date,
    running: running.get(date) ?? 0,
    strength: strength.get(date) ?? 0,
  }));
  const total = (d: DayLoad) => d.running + d.strength;

  const weeks: WeekLoad[] = [];
  for (let end = days.length; end >= 7; end -= 7) {
    const block = days.slice(end - 7, end);
    const strain = weekStrain(block.map(total));
    weeks.unshift({
      start: (block[0] as DayLoad).date,
      running: block.reduce((sum, d) => sum + d.running, 0),
      strength: block.reduce((sum, d) => sum + d.strength, 0),
      load: strain.weeklyLoad,
      monotony: strain.monotony,
      strain: strain.strain,
    });
  }

  const acuteChronic =
    days.length >= ACUTE_CHRONIC_DAYS
      ? acuteChronicRatio(days.slice(-ACUTE_CHRONIC_DAYS).map(total))
      : {
          ratio: undefined,
          note: `The acute:chronic ratio needs ${ACUTE_CHRONIC_DAYS} days of loads; ${days.length} given. It is a description only, never a rule (B35).`,
        };

  let state: FitnessFatigue = input.initial ?? { fitness: 0, fatigue: 0 };
  const fitnessFatigue = days.map((d) => {
    state = banisterStep(state, total(d));
    return { date: d.date, ...state, form: form(state) };
  });

  return { days, weeks, acuteChronic, fitnessFatigue, runLoads };
};
