import {
  addDays,
  formatDose,
  formatLoad,
  type IsoDate,
  type Plan,
  type PlanSession,
  type Units,
} from '@runstrong/core';
import ical from 'ical-generator';

/** Runs are already in the runner's own calendar: only the coach's sessions are exported. */
const EXPORTED_KINDS: ReadonlySet<PlanSession['kind']> = new Set([
  'strength',
  'activation',
  'rehab',
]);

/** Midnight UTC of a plan date; ical-generator writes all-day dates from the UTC fields. */
const utcDay = (date: string): Date => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
};

const description = (s: PlanSession, units: Units): string => {
  const lines = s.exercises.map((e) => `${e.name}: ${formatDose(e)}, ${formatLoad(e.load, units)}`);
  lines.push('', `About ${s.estimatedMinutes} minutes.`);
  if (s.timing) lines.push(s.timing);
  return lines.join('\n');
};

export const sessionUid = (session: PlanSession): string => `${session.id}@runstrong`;

/**
 * One all-day VEVENT per strength, activation or rehab session (RFC 5545). The UID comes from the
 * session id, which the coach keeps stable, so re-importing a regenerated plan updates events
 * instead of duplicating them.
 */
export const renderPlanIcs = (plan: Plan, options: { now: Date }): string => {
  const calendar = ical({
    name: `RunStrong — ${plan.programme.name}`,
    prodId: { company: 'RunStrong', product: 'runstrong', language: 'EN' },
  });
  for (const week of plan.weeks) {
    for (const day of week.days) {
      for (const s of day.sessions) {
        if (!EXPORTED_KINDS.has(s.kind)) continue;
        calendar.createEvent({
          id: sessionUid(s),
          allDay: true,
          start: utcDay(day.date),
          // All-day DTEND is exclusive: the event covers exactly the session's date.
          end: utcDay(addDays(day.date as IsoDate, 1)),
          stamp: options.now,
          summary: s.title,
          description: description(s, plan.units),
        });
      }
    }
  }
  return calendar.toString();
};
