import type { IsoDate, Plan } from '@runstrong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Adherence: the planned strength and activation sessions in a date range against the ones the
 * runner logged, per plan week. Rehab sessions are left out (they are daily, optional top-ups);
 * skipped sessions stay planned. A session is done when anything was logged under its id — a set
 * or a workout summary — whatever date it was logged on, and it counts on its current date, so a
 * moved session counts in the week it was moved to.
 */

export interface AdherenceCounts {
  /** Strength and activation sessions on a date in the range, skipped ones included. */
  planned: number;
  /** Of those, the ones the runner marked skipped. */
  skipped: number;
  /** Of those, the ones with at least one logged set or workout summary under their id. */
  done: number;
  /** done / planned to three decimals; null when nothing was planned. */
  rate: number | null;
}

export interface AdherenceWeek extends AdherenceCounts {
  index: number;
  startDate: string;
  endDate: string;
  phase: string;
}

export interface Adherence {
  weeks: AdherenceWeek[];
  totals: AdherenceCounts;
}

const counted = (kind: string): boolean => kind !== 'rehab';

const rateOf = (done: number, planned: number): number | null =>
  planned === 0 ? null : Math.round((done / planned) * 1000) / 1000;

/** The ids of the counted sessions on a date in `from`…`to` (both included). */
export const plannedSessionIds = (plan: Plan, from: IsoDate, to: IsoDate): string[] =>
  plan.weeks.flatMap((week) =>
    week.days
      .filter((day) => day.date >= from && day.date <= to)
      .flatMap((day) => day.sessions.filter((s) => counted(s.kind)).map((s) => s.id)),
  );

/** Per plan week that has a day in the range, and in total; `logged` holds the done session ids. */
export const adherenceOf = (
  plan: Plan,
  from: IsoDate,
  to: IsoDate,
  logged: ReadonlySet<string>,
): Adherence => {
  const weeks: AdherenceWeek[] = [];
  const totals = { planned: 0, skipped: 0, done: 0 };
  for (const week of plan.weeks) {
    const days = week.days.filter((day) => day.date >= from && day.date <= to);
    if (days.length === 0) continue;
    const counts = { planned: 0, skipped: 0, done: 0 };
    for (const session of days.flatMap((day) => day.sessions)) {
      if (!counted(session.kind)) continue;
      counts.planned += 1;
      if (session.skipped) counts.skipped += 1;
      if (logged.has(session.id)) counts.done += 1;
    }
    totals.planned += counts.planned;
    totals.skipped += counts.skipped;
    totals.done += counts.done;
    weeks.push({
      index: week.index,
      startDate: week.startDate,
      endDate: week.days.at(-1)?.date ?? week.startDate,
      phase: week.phase,
      ...counts,
      rate: rateOf(counts.done, counts.planned),
    });
  }
  return { weeks, totals: { ...totals, rate: rateOf(totals.done, totals.planned) } };
};

/** Which of these session ids the runner has logged a set or a workout summary under. */
export const loadLoggedSessionIds = async (
  db: Kysely<Database>,
  userId: string,
  sessionIds: readonly string[],
): Promise<Set<string>> => {
  if (sessionIds.length === 0) return new Set();
  const ids = [...new Set(sessionIds)];
  const rows = await db
    .selectFrom('set_log')
    .select('session_id')
    .where('user_id', '=', userId)
    .where('session_id', 'in', ids)
    .union(
      db
        .selectFrom('workout')
        .select('session_id')
        .where('user_id', '=', userId)
        .where('session_id', 'in', ids),
    )
    .execute();
  return new Set(rows.map((r) => r.session_id));
};
