import { addDays, type IsoDate, mondayOf, toDayNumber, weekdayOf } from '../calendar/iso-date';
import { WEEKDAY_NAMES, WEEKDAYS, type Weekday } from '../calendar/weekday';
import type { RunDayType, RunningWeek } from '../profile/profile.schema';
import { type DatedRun, runningHistory, runsBetween } from './run-history';
import type { RunClassification, RunRecord } from './run-record';
import { runKm, runMinutes } from './run-record';
import { formatKm, formatMinutes } from './run-wording';

/** The complete Monday–Sunday weeks before today that the usual week is read from. */
export const WEEKS_READ = 8;
/** Fewer weeks with runs than this show no habit yet: nothing is suggested. */
export const MIN_WEEKS_SEEN = 3;
/** A weekday is part of the habit when it holds that kind of run in at least half the weeks. */
export const HABIT_SHARE = 0.5;

export interface RunningWeekSuggestion {
  runningWeek: RunningWeek;
  /** Weeks (of the last 8 before `today`) with at least one run. */
  weeksSeen: number;
  /** e.g. "Long run on Sunday in 6 of 7 weeks (latest 2026-11-22, 24.1 km)" */
  evidence: string[];
}

/**
 * The runner's usual week, read from the last 8 complete weeks before today: the weekday that
 * most often holds the week's long run, the weekdays that hold a quality run in at least half
 * the weeks, the other weekdays run on in at least half the weeks, rest for the rest. A race is
 * an event, never a habit, so 'race' is not inferred. Undefined with fewer than 3 weeks of runs.
 */
export const inferRunningWeek = (
  runs: readonly RunRecord[],
  classifications: readonly RunClassification[],
  today: IsoDate,
): RunningWeekSuggestion | undefined => {
  // The Monday of the last complete week: today's week is not over yet.
  const lastMonday = addDays(mondayOf(today), -7);
  const firstMonday = addDays(lastMonday, -7 * (WEEKS_READ - 1));
  const read = runsBetween(
    runningHistory(runs),
    toDayNumber(firstMonday),
    toDayNumber(addDays(lastMonday, 6)),
  );
  const kindOf = new Map(classifications.map((c) => [c.runId, c.kind]));
  const weeks = new Map<string, DatedRun[]>();
  for (const r of read) weeks.set(r.week, [...(weeks.get(r.week) ?? []), r]);
  const weeksSeen = weeks.size;
  if (weeksSeen < MIN_WEEKS_SEEN) return undefined;

  /** For each weekday, the weeks in which it held a run of the kind, latest run last. */
  const daysHolding = (kind: 'long' | 'quality' | 'any') => {
    const held = new Map<Weekday, DatedRun[]>();
    for (const week of weeks.values()) {
      const matching = week.filter((r) => kind === 'any' || kindOf.get(r.run.id) === kind);
      for (const weekday of new Set(matching.map((r) => weekdayOf(r.date)))) {
        const latest = matching.filter((r) => weekdayOf(r.date) === weekday).at(-1) as DatedRun;
        held.set(weekday, [...(held.get(weekday) ?? []), latest]);
      }
    }
    return held;
  };
  const habitual = (count: number) => count >= weeksSeen * HABIT_SHARE;

  const long = [...daysHolding('long')]
    .filter(([, held]) => habitual(held.length))
    // Most weeks first; on a tie the later weekday, as long runs drift towards the weekend.
    .sort(([a, x], [b, y]) => y.length - x.length || WEEKDAYS.indexOf(b) - WEEKDAYS.indexOf(a))
    .at(0);
  const quality = [...daysHolding('quality')].filter(
    ([day, held]) => day !== long?.[0] && habitual(held.length),
  );
  const ran = [...daysHolding('any')].filter(([, held]) => habitual(held.length));

  const typeOf = (day: Weekday): RunDayType => {
    if (day === long?.[0]) return 'long';
    if (quality.some(([d]) => d === day)) return 'quality';
    if (ran.some(([d]) => d === day)) return 'easy';
    return 'rest';
  };
  const runningWeek = Object.fromEntries(WEEKDAYS.map((d) => [d, typeOf(d)])) as RunningWeek;

  const inWeeks = (held: readonly DatedRun[]) => `in ${held.length} of ${weeksSeen} weeks`;
  const evidence = [
    `Runs in ${weeksSeen} of the ${WEEKS_READ} weeks from ${firstMonday} to ${addDays(lastMonday, 6)}.`,
    long
      ? `Long run on ${WEEKDAY_NAMES[long[0]]} ${inWeeks(long[1])} (latest ${describeLatest(long[1])}).`
      : `No weekday held the long run in at least half the weeks: no long-run day suggested.`,
    ...quality
      .sort(([a], [b]) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b))
      .map(
        ([day, held]) =>
          `Quality on ${WEEKDAY_NAMES[day]} ${inWeeks(held)} (latest ${(held.at(-1) as DatedRun).date}).`,
      ),
  ];
  const easy = WEEKDAYS.filter((d) => runningWeek[d] === 'easy');
  if (easy.length > 0) {
    evidence.push(
      `Easy runs on ${easy.map((d) => WEEKDAY_NAMES[d]).join(', ')}: run on in at least half the weeks.`,
    );
  }
  return { runningWeek, weeksSeen, evidence };
};

const describeLatest = (held: readonly DatedRun[]): string => {
  const latest = held.at(-1) as DatedRun;
  const km = runKm(latest.run);
  const minutes = runMinutes(latest.run);
  const size =
    km !== undefined ? formatKm(km) : minutes !== undefined ? formatMinutes(minutes) : undefined;
  return size ? `${latest.date}, ${size}` : latest.date;
};
