import { median } from './median';
import type { DatedRun } from './run-history';
import { runPace } from './run-record';

/**
 * An average heart rate 7 % above the runner's easy runs (about 10 beats at 140) is beyond the
 * day-to-day drift of easy running (heat, fatigue, hills move it 3–5 %) and about where tempo
 * effort begins.
 */
export const HARD_HEART_RATE_FACTOR = 1.07;
/** A median of fewer runs says more about one day than about the runner. */
export const MIN_BASELINE_RUNS = 3;
/** A race is run at least 10 % faster than the runner's usual pace. */
export const RACE_PACE_FACTOR = 0.9;

export interface Baseline {
  value: number | undefined;
  /** Runs it was taken from. */
  runs: number;
}

const baselineOf = (values: readonly number[]): Baseline => ({
  value: values.length >= MIN_BASELINE_RUNS ? median(values) : undefined,
  runs: values.length,
});

/** The median average heart rate of the earlier runs that were neither long nor structured. */
export const easyHeartRate = (easyish: readonly DatedRun[]): Baseline =>
  baselineOf(
    easyish.flatMap((r) => ((r.run.avgHeartRate ?? 0) > 0 ? [r.run.avgHeartRate as number] : [])),
  );

/** The median pace (seconds per km) of the earlier runs. */
export const usualPace = (prior: readonly DatedRun[]): Baseline =>
  baselineOf(prior.map((r) => runPace(r.run)).filter((p) => p !== undefined));
