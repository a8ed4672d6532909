import { addDays, type IsoDate, toDayNumber } from '../calendar/iso-date';
import { type DatedRun, runningHistory, runsBetween } from './run-history';
import { type RunRecord, runKm } from './run-record';
import type { VolumeJump } from './run-signal';
import { formatKm, formatPercent } from './run-wording';

/** The weeks before the last 7 days that say what the runner's usual week is. */
export const TYPICAL_WEEKS = 3;
/** A usual week needs runs in at least two of those weeks; one week is not a habit. */
export const MIN_WEEKS_WITH_RUNS = 2;

const kmOf = (runs: readonly DatedRun[]) => runs.reduce((sum, r) => sum + (runKm(r.run) ?? 0), 0);

/**
 * B9 from the runs themselves: the running kilometres of the last 7 days (today not counted)
 * against the mean week of the 3 weeks before them. A week without runs among those three
 * counts as 0 km: coming back from a week off is a rise in volume too.
 */
export const detectVolumeJump = (
  runs: readonly RunRecord[],
  today: IsoDate,
  volumeRiseLimit: number,
): VolumeJump | undefined => {
  const history = runningHistory(runs);
  const yesterday = toDayNumber(addDays(today, -1));
  const week = (weeksBack: number) =>
    runsBetween(history, yesterday - 7 * weeksBack - 6, yesterday - 7 * weeksBack);
  const before = Array.from({ length: TYPICAL_WEEKS }, (_, i) => week(i + 1));
  if (before.filter((w) => w.length > 0).length < MIN_WEEKS_WITH_RUNS) return undefined;
  const typicalKm = before.reduce((sum, w) => sum + kmOf(w), 0) / TYPICAL_WEEKS;
  const lastWeekKm = kmOf(week(0));
  if (typicalKm <= 0) return undefined;
  const rise = lastWeekKm / typicalKm - 1;
  if (rise <= volumeRiseLimit) return undefined;
  return {
    kind: 'volume-jump',
    lastWeekKm,
    typicalKm,
    rise,
    evidence: `${formatKm(lastWeekKm)} run in the last 7 days against ${formatKm(typicalKm)} a week over the ${TYPICAL_WEEKS} weeks before: up ${formatPercent(rise)}, above the ${formatPercent(volumeRiseLimit)} limit (B9).`,
  };
};
