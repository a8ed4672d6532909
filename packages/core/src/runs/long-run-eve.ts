import { addDays, daysBetween, type IsoDate, weekdayOf } from '../calendar/iso-date';
import type { Weekday } from '../calendar/weekday';
import { checkMove } from '../changes/check-move';
import { findDay, findSession } from '../changes/find-session';
import type { Plan } from '../plan/plan.schema';
import type { RunningWeek } from '../profile/profile.schema';
import type { LongRunMoved } from './run-signal';

/**
 * The runner's week with the long run moved: the new weekday holds the long run and the old one
 * takes what the new one held (an easy run when that was a long run or a race).
 */
export const movedRunningWeek = (
  runningWeek: RunningWeek,
  move: Pick<LongRunMoved, 'from' | 'to'>,
): RunningWeek => {
  const held = runningWeek[move.to];
  return {
    ...runningWeek,
    [move.to]: 'long',
    [move.from]: held === 'long' || held === 'race' ? 'easy' : held,
  };
};

/**
 * The plan as it reads with the long run moved, from today on. Race days stay race days. Only
 * the runs change, so checkMove's rules read the new week.
 */
export const withLongRunMoved = (plan: Plan, week: RunningWeek, today: IsoDate): Plan => ({
  ...plan,
  weeks: plan.weeks.map((w) => ({
    ...w,
    days: w.days.map((day) =>
      day.date < today || day.run === 'race' ? day : { ...day, run: week[day.weekday] },
    ),
  })),
});

/** A2: the session sits on the day before the (new) long-run weekday. */
export const isLongRunEve = (date: IsoDate, longRunDay: Weekday): boolean =>
  weekdayOf(addDays(date, 1)) === longRunDay;

export interface LegalDay {
  /** The nearest day that keeps every rule, or undefined when none does. */
  date: IsoDate | undefined;
  /** The rules that ruled out the days tried, for the reason when none is left. */
  blockedBy: string[];
}

/**
 * The nearest day of the session's plan week, today or later, on which the session breaks no
 * scheduling rule (checkMove: A1, A2, B8's 48 h, B12) in the week with the long run moved and in
 * the plan as it stands (so it is not the day before either long-run day until the runner updates
 * their week), and which is not one of the runner's unavailable days. On a tie, the earlier day:
 * it leaves more rest before the long run.
 */
export const legalDayFor = (
  plan: Plan,
  weeks: { usual: RunningWeek; moved: RunningWeek },
  sessionId: string,
  unavailable: readonly Weekday[],
  today: IsoDate,
): LegalDay => {
  const moved = withLongRunMoved(plan, weeks.moved, today);
  const found = findSession(plan, sessionId);
  if (!found) return { date: undefined, blockedBy: [] };
  const from = found.day.date;
  const blockedBy = new Set<string>();
  const candidates = found.week.days
    .map((d) => d.date)
    .filter((date) => date >= today && date !== from)
    .sort(
      (a, b) => Math.abs(daysBetween(from, a)) - Math.abs(daysBetween(from, b)) || (a < b ? -1 : 1),
    );
  for (const date of candidates) {
    if (unavailable.includes(weekdayOf(date))) {
      blockedBy.add('your unavailable days');
      continue;
    }
    // checkMove knows the runs inside the plan only; the running goes on after its last day.
    const tomorrow = addDays(date, 1);
    if (
      !findDay(plan, tomorrow) &&
      [weeks.usual, weeks.moved].some((w) => ['long', 'race'].includes(w[weekdayOf(tomorrow)]))
    ) {
      blockedBy.add('A2');
      continue;
    }
    const rules = [checkMove(moved, sessionId, date), checkMove(plan, sessionId, date)].flatMap(
      (check) => (check.ok ? check.value.violations.map((v) => v.rule) : ['the plan']),
    );
    if (rules.length === 0) return { date, blockedBy: [] };
    for (const rule of rules) blockedBy.add(rule);
  }
  return { date: undefined, blockedBy: [...blockedBy].sort() };
};
