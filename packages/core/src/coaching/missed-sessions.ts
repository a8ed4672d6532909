import { addDays, type IsoDate } from '../calendar/iso-date';
import { applyChanges } from '../changes/apply-changes';
import { findSession } from '../changes/find-session';
import type { PlanChange } from '../changes/plan-change';
import type { Plan } from '../plan/plan.schema';
import { longDate } from '../present/format-date';
import type { RunnerProfile } from '../profile/profile.schema';
import { legalDayFor } from '../runs/long-run-eve';
import type { CoachingChange } from './coaching-change';

/** A session missed in the last week can still be moved; older ones are history. */
export const MISSED_LOOKBACK_DAYS = 7;

export const DROPPED = 'Dropped: no legal day left this week';

/**
 * A strength session dated before today, in the last 7 days, not skipped, with nothing logged
 * for it, moves to the first day from today to the end of its plan week that keeps A1, A2, B8,
 * B12 and the runner's unavailable days (the same check as a move the runner asks for);
 * otherwise it is marked skipped, with the reason. Oldest first: each move is seen by the next.
 */
export const rescheduleMissed = (
  plan: Plan,
  loggedSessionIds: ReadonlySet<string>,
  profile: RunnerProfile,
  today: IsoDate,
  plannedSince?: IsoDate,
): { plan: Plan; changes: CoachingChange[] } => {
  // Not before the plan existed: a plan made on Thursday that starts on Monday has missed nothing.
  const lookback = addDays(today, -MISSED_LOOKBACK_DAYS);
  const from = plannedSince !== undefined && plannedSince > lookback ? plannedSince : lookback;
  const missed = plan.weeks
    .flatMap((w) => w.days)
    .filter((d) => d.date < today && d.date >= from)
    .flatMap((d) =>
      d.sessions
        .filter((s) => s.kind !== 'rehab' && !s.skipped && !loggedSessionIds.has(s.id))
        .map((s) => ({ id: s.id, date: d.date })),
    );
  const changes: CoachingChange[] = [];
  let current = plan;
  for (const { id, date } of missed) {
    const weeks = { usual: profile.runningWeek, moved: profile.runningWeek };
    const legal = legalDayFor(current, weeks, id, profile.unavailableDays, today);
    if (legal.date !== undefined) {
      const why = `Nothing was logged for it: ${longDate(legal.date)} is the first day left in its week that keeps strength days apart (A1, B8) and off the day before the long run (A2).`;
      const move: PlanChange = {
        kind: 'move',
        sessionId: id,
        to: legal.date,
        insisted: false,
        reason: why,
      };
      current = applyChanges(current, [move], profile);
      changes.push({
        sessionId: id,
        date: legal.date,
        rule: 'A1',
        what: `Moved from ${longDate(date)}`,
        why,
      });
      continue;
    }
    const why = `Nothing was logged for it, and no day from ${longDate(today)} to the end of its week keeps the rules (${legal.blockedBy.join(', ') || 'the week is over'}).`;
    current = applyChanges(current, [{ kind: 'skip', sessionId: id }], profile);
    const session = findSession(current, id)?.session;
    if (session) session.adaptations = [...(session.adaptations ?? []), { what: DROPPED, why }];
    changes.push({ sessionId: id, date, rule: 'A1', what: DROPPED, why });
  }
  return { plan: current, changes };
};
