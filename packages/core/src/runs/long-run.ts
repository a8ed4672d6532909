import { median } from './median';
import type { DatedRun } from './run-history';
import { runKm, runMinutes } from './run-record';
import { formatKm, formatMinutes, formatRatio } from './run-wording';

/**
 * A long run stands out from the runner's usual run, not just from the rest of its week: 30 %
 * above their median run is where a 10 km habit meets a 13 km Sunday, while a week of equal runs
 * has no long run at all.
 */
export const LONG_RUN_FACTOR = 1.3;
/** Fewer earlier runs than this give no median worth comparing with. */
export const MIN_RUNS_FOR_TYPICAL = 4;
/**
 * Without a history, the common coaching floor for a long run: 75 minutes or 15 km (a recreational
 * runner's half-marathon build starts its long runs about there).
 */
export const LONG_RUN_MINUTES = 75;
export const LONG_RUN_KM = 15;

/** Distance is the size when both runs have one; otherwise time; nothing to compare otherwise. */
const compareSize = (a: DatedRun, b: DatedRun): number | undefined => {
  const [ka, kb] = [runKm(a.run), runKm(b.run)];
  if (ka !== undefined && kb !== undefined) return ka - kb;
  const [ma, mb] = [runMinutes(a.run), runMinutes(b.run)];
  if (ma !== undefined && mb !== undefined) return ma - mb;
  return undefined;
};

/** No run of the week is bigger, and none run earlier is as big: one long run a week. */
const isWeeksLongest = (run: DatedRun, week: readonly DatedRun[]): boolean =>
  week.every((other) => {
    if (other === run) return true;
    const c = compareSize(other, run);
    return c === undefined || c < 0 || (c === 0 && week.indexOf(other) > week.indexOf(run));
  });

export interface LongRunJudgement {
  long: boolean;
  /** Why it is long; undefined when it is not. */
  reason: string | undefined;
}

export const judgeLongRun = (
  run: DatedRun,
  week: readonly DatedRun[],
  prior: readonly DatedRun[],
): LongRunJudgement => {
  const km = runKm(run.run);
  const minutes = runMinutes(run.run);
  if ((km === undefined && minutes === undefined) || !isWeeksLongest(run, week)) {
    return { long: false, reason: undefined };
  }
  const size = km ?? (minutes as number);
  const sizeOf = km !== undefined ? runKm : runMinutes;
  const format = km !== undefined ? formatKm : formatMinutes;
  const earlier = prior.map((p) => sizeOf(p.run)).filter((s) => s !== undefined);
  const typical = median(earlier);
  if (earlier.length >= MIN_RUNS_FOR_TYPICAL && typical !== undefined && typical > 0) {
    const ratio = size / typical;
    return ratio >= LONG_RUN_FACTOR
      ? {
          long: true,
          reason: `${format(size)}, the week's longest and ${formatRatio(ratio)} your typical ${format(typical)}.`,
        }
      : { long: false, reason: undefined };
  }
  const long = (minutes ?? 0) >= LONG_RUN_MINUTES || (km ?? 0) >= LONG_RUN_KM;
  return long
    ? {
        long,
        reason: `${format(size)}, the week's longest; with ${earlier.length} earlier runs to compare, at least ${LONG_RUN_MINUTES} min or ${LONG_RUN_KM} km counts as long.`,
      }
    : { long: false, reason: undefined };
};
