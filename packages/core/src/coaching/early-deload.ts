import { addDays, type IsoDate } from '../calendar/iso-date';
import type { Plan, PlanWeek } from '../plan/plan.schema';
import { longDate } from '../present/format-date';
import { formatPercent } from '../runs/run-wording';
import type { LoggedSession } from './training-log';

/** B19's early deload: session RPE up this much (CR-10 points) on the two weeks before… */
export const EARLY_DELOAD_RPE_RISE = 0.5;
/** …compared over two two-week windows: one week is noise, two is a trend. */
export const TREND_DAYS = 14;

export interface EffortTrend {
  rpeNow: number;
  rpeBefore: number;
  painNow: number;
  painBefore: number;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** A session's RPE: the runner's own for the whole session, else the mean of its sets' (B33). */
const sessionRpe = (s: LoggedSession): number | undefined => {
  if (s.workout?.rpe !== null && s.workout?.rpe !== undefined) return s.workout.rpe;
  const rpes = s.sets.map((x) => x.rpe).filter((r): r is number => r !== null);
  return rpes.length > 0 ? mean(rpes) : undefined;
};

/** A session's worst pain: any set's, or the next morning's (B26). */
const sessionPain = (s: LoggedSession): number =>
  Math.max(0, ...s.sets.map((x) => x.pain ?? 0), s.workout?.painNextMorning ?? 0);

/** Mean session RPE and worst pain over the two weeks before `start` and the two before those. */
export const effortTrend = (
  logged: readonly LoggedSession[],
  start: IsoDate,
): EffortTrend | undefined => {
  const window = (from: number, to: number) =>
    logged.filter(
      (s) => s.performedOn >= addDays(start, -from) && s.performedOn <= addDays(start, -to),
    );
  const now = window(TREND_DAYS, 1);
  const before = window(2 * TREND_DAYS, TREND_DAYS + 1);
  const rpes = (ss: readonly LoggedSession[]) =>
    ss.map(sessionRpe).filter((r): r is number => r !== undefined);
  if (rpes(now).length === 0 || rpes(before).length === 0) return undefined;
  return {
    rpeNow: mean(rpes(now)),
    rpeBefore: mean(rpes(before)),
    painNow: Math.max(0, ...now.map(sessionPain)),
    painBefore: Math.max(0, ...before.map(sessionPain)),
  };
};

const rising = (t: EffortTrend | undefined): t is EffortTrend =>
  t !== undefined &&
  t.rpeNow - t.rpeBefore >= EARLY_DELOAD_RPE_RISE - 1e-9 &&
  t.painNow > t.painBefore;

export interface EarlyDeload {
  setFraction: number;
  why: string;
}

/**
 * B19, early: the week becomes a deload (the plan's own share of sets, protocols untouched) when
 * the two weeks before it got harder — mean session RPE up 0.5 or more on the two weeks before
 * that — and more painful. Decided on the log before the week starts, so it holds through the
 * week; only this week and the next are decided, since later weeks' windows are not logged yet.
 * Never a deload or taper week again, and never right after a deload.
 */
export const earlyDeloadOf = (
  plan: Plan,
  week: PlanWeek,
  logged: readonly LoggedSession[],
  today: IsoDate,
): EarlyDeload | undefined => {
  if (week.phase === 'deload' || week.phase === 'taper') return undefined;
  const nextStart = plan.weeks.find((w) => w.startDate > today)?.startDate;
  if (week.startDate > today && week.startDate !== nextStart) return undefined;
  const seen = logged.filter((s) => s.performedOn <= today);
  const previous = plan.weeks.find((w) => w.index === week.index - 1);
  if (
    previous &&
    (previous.phase === 'deload' || rising(effortTrend(seen, previous.startDate as IsoDate)))
  ) {
    return undefined;
  }
  const trend = effortTrend(seen, week.startDate as IsoDate);
  if (!rising(trend)) return undefined;
  const setFraction = plan.settings.deloadSetFraction;
  return {
    setFraction,
    why: `Your sessions averaged RPE ${trend.rpeNow.toFixed(1)} in the two weeks before ${longDate(week.startDate)}, ${(trend.rpeNow - trend.rpeBefore).toFixed(1)} above the two weeks before, and pain rose from ${trend.painBefore}/10 to ${trend.painNow}/10: an early deload, sets cut to ${formatPercent(setFraction)}, same exercises and load (B19).`,
  };
};
