import ical from 'ical-generator';
import { addDays, type IsoDate } from '../calendar/iso-date';
import type { Plan, PlanSession } from '../plan/plan.schema';
import { formatDose } from './format-dose';
import { formatLoad } from './format-load';
import type { Units } from './format-units';

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
 * The plan as iCalendar, shared by `runstrong plan --format ics` and the server's feed. Pure: the
 * stamp time is passed in. One all-day VEVENT per strength, activation or rehab session (RFC 5545).
 * The UID comes from the session id, which the coach keeps stable (a moved session keeps it), so a
 * re-import or a subscription updates events instead of duplicating them. A skipped session is left
 * out rather than sent as STATUS:CANCELLED: a subscribed calendar is replaced by each fetch, so an
 * event no longer in it disappears in every client, whereas clients treat CANCELLED differently.
 * No plan yet: a calendar with no events, so a subscription made early fills in later.
 */
export const renderPlanIcs = (plan: Plan | undefined, options: { now: Date }): string => {
  const calendar = ical({
    name: plan ? `RunStrong — ${plan.programme.name}` : 'RunStrong',
    prodId: { company: 'RunStrong', product: 'runstrong', language: 'EN' },
  });
  for (const week of plan?.weeks ?? []) {
    for (const day of week.days) {
      for (const s of day.sessions) {
        if (!EXPORTED_KINDS.has(s.kind) || s.skipped) continue;
        calendar.createEvent({
          id: sessionUid(s),
          allDay: true,
          start: utcDay(day.date),
          // All-day DTEND is exclusive: the event covers exactly the session's date.
          end: utcDay(addDays(day.date as IsoDate, 1)),
          stamp: options.now,
          summary: s.title,
          description: description(s, plan?.units ?? 'metric'),
        });
      }
    }
  }
  return calendar.toString();
};
