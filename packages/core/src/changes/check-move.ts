import { addDays, daysBetween, type IsoDate } from '../calendar/iso-date';
import type { Plan } from '../plan/plan.schema';
import type { RuleId } from '../plan/rule-id';
import { fail, ok, type Result } from '../result';
import { findDay, findSession } from './find-session';

export interface RuleFinding {
  rule: RuleId;
  message: string;
}

export interface MoveCheck {
  /** Rules the move would break: A1, A2, B8, B12. The move is refused unless the runner insists. */
  violations: RuleFinding[];
  /** Preferences it would not keep: B5, B7. The move is allowed and the runner told. */
  warnings: RuleFinding[];
}

export type MoveProblem =
  | { code: 'session-not-found'; message: string }
  | { code: 'date-outside-plan'; message: string }
  | { code: 'not-movable'; message: string };

/**
 * Re-checks the scheduling rules for moving a strength session to another day, against the plan
 * as it stands (other moves and skips included).
 */
export const checkMove = (
  plan: Plan,
  sessionId: string,
  to: IsoDate,
): Result<MoveCheck, MoveProblem> => {
  const found = findSession(plan, sessionId);
  if (!found)
    return fail({ code: 'session-not-found', message: `no session ${sessionId} in the plan` });
  if (found.session.kind === 'rehab') {
    return fail({
      code: 'not-movable',
      message: 'rehab protocols run every day or every second day; they are not moved',
    });
  }
  if (!findDay(plan, to)) {
    return fail({
      code: 'date-outside-plan',
      message: `${to} is outside the plan, ${plan.startDate} to ${plan.endDate}`,
    });
  }
  const runOn = (date: IsoDate) => findDay(plan, date)?.day.run;
  const violations: RuleFinding[] = [];
  const warnings: RuleFinding[] = [];

  const others = plan.weeks
    .flatMap((w) => w.days)
    .flatMap((d) => d.sessions.map((s) => ({ date: d.date, s })))
    .filter(({ s }) => s.id !== sessionId && s.kind !== 'rehab' && !s.skipped);
  const clash = others.find(({ date }) => Math.abs(daysBetween(date, to)) < 2);
  if (clash) {
    violations.push({
      rule: 'A1',
      message: `${clash.s.title} is on ${clash.date}: strength sessions go on non-consecutive days, 48 h apart (A1, B8)`,
    });
  }
  const tomorrow = runOn(addDays(to, 1));
  if (tomorrow === 'long' || tomorrow === 'race') {
    violations.push({
      rule: 'A2',
      message: `the day after ${to} is your ${tomorrow === 'long' ? 'long run' : 'race'}: no strength the day before`,
    });
  }
  if (plan.race) {
    const daysOut = daysBetween(to, plan.race.date as IsoDate);
    if (daysOut >= 0 && daysOut <= 2) {
      violations.push({
        rule: 'B12',
        message: 'nothing in the last 48 hours before the goal race',
      });
    }
  }
  if (found.session.heavy) {
    const run = runOn(to);
    if (run !== 'quality')
      warnings.push({
        rule: 'B5',
        message: `heavy legs on a ${run ?? 'rest'} day rather than a quality day`,
      });
    if (runOn(addDays(to, -1)) === 'long')
      warnings.push({ rule: 'B5', message: 'heavy legs the day after the long run' });
    if (tomorrow === 'quality')
      warnings.push({ rule: 'B7', message: 'a quality run within 24 h after heavy legs' });
  }
  return ok({ violations, warnings });
};
