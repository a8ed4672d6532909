import { addDays, type IsoDate, mondayOf, toDayNumber, weekdayOf } from '../calendar/iso-date';
import { WEEKDAY_NAMES, WEEKDAYS, type Weekday, weekdayIndex } from '../calendar/weekday';
import type { RunningWeek } from '../profile/profile.schema';
import { type DatedRun, runningHistory, runsBetween } from './run-history';
import type { RunClassification, RunRecord } from './run-record';
import { runKm } from './run-record';
import type { LongRunMoved } from './run-signal';
import { formatKm } from './run-wording';

/**
 * Two weeks in a row is a new habit; one week is a one-off (a wedding, a race, the weather).
 * Only complete Monday–Sunday weeks count: a week's long run is known when the week is over.
 */
export const WEEKS_FOR_A_MOVED_LONG_RUN = 2;

/**
 * The long run has moved when the long runs of the last two complete weeks fell on one weekday
 * that is not a long-run day of the runner's week. It moved from the profile's long-run day
 * nearest to it. Nothing is said when the profile has no long-run day: then nothing can move.
 */
export const detectLongRunMoved = (
  runningWeek: RunningWeek,
  runs: readonly RunRecord[],
  classifications: readonly RunClassification[],
  today: IsoDate,
): LongRunMoved | undefined => {
  const history = runningHistory(runs);
  const kindOf = new Map(classifications.map((c) => [c.runId, c.kind]));
  const lastMonday = addDays(mondayOf(today), -7);
  const longRuns = Array.from({ length: WEEKS_FOR_A_MOVED_LONG_RUN }, (_, i) => {
    const monday = toDayNumber(addDays(lastMonday, -7 * (WEEKS_FOR_A_MOVED_LONG_RUN - 1 - i)));
    return runsBetween(history, monday, monday + 6)
      .filter((r) => kindOf.get(r.run.id) === 'long')
      .at(-1);
  });
  if (longRuns.some((r) => r === undefined)) return undefined;
  const held = longRuns as DatedRun[];
  const to = weekdayOf((held[0] as DatedRun).date);
  if (held.some((r) => weekdayOf(r.date) !== to)) return undefined;
  const longDays = WEEKDAYS.filter((d) => runningWeek[d] === 'long');
  if (longDays.length === 0 || longDays.includes(to)) return undefined;
  const from = nearest(longDays, to);
  const runsSeen = held
    .map((r) => {
      const km = runKm(r.run);
      return km === undefined ? r.date : `${r.date}, ${formatKm(km)}`;
    })
    .join('; ');
  return {
    kind: 'long-run-moved',
    from,
    to,
    evidence: `Your long run was on ${WEEKDAY_NAMES[to]} in each of the last ${WEEKS_FOR_A_MOVED_LONG_RUN} weeks (${runsSeen}); your running week has it on ${WEEKDAY_NAMES[from]}.`,
  };
};

/** The weekday closest to `to` around the week; on a tie the earlier in the week. */
const nearest = (days: readonly Weekday[], to: Weekday): Weekday => {
  const apart = (d: Weekday) => {
    const gap = Math.abs(weekdayIndex(d) - weekdayIndex(to));
    return Math.min(gap, 7 - gap);
  };
  return [...days].sort((a, b) => apart(a) - apart(b))[0] as Weekday;
};
