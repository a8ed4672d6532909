import { daysBetween, type IsoDate } from '../calendar/iso-date';
import { ALFREDSON_DOSE, ALFREDSON_WEEKS } from '../injuries/alfredson-protocol';
import { PAIN_GATE_CUE } from '../injuries/pain-gate';
import { RATHLEFF_WEEKS, rathleffDose } from '../injuries/rathleff-protocol';
import { buildSession } from '../prescription/build-session';
import type { Slot } from '../prescription/slot';
import type { PlanSession } from './plan.schema';
import type { PlanContext } from './plan-context';

/**
 * Home protocols for a current injury, which keep their own clocks rather than the strength
 * days': Alfredson heel drops every day for 12 weeks (B24), Rathleff heel raises every second day
 * (B30). Both stop 48 h before the race (B12) and respect the runner's unavailable days.
 */
export const rehabSession = (
  ctx: PlanContext,
  date: IsoDate,
  week: number,
): PlanSession | undefined => {
  const { raceDate, startDate } = ctx.span;
  if (raceDate && daysBetween(date, raceDate) <= 2) return undefined;
  const slots: Slot[] = [];
  if (ctx.injuries.currentAchilles && week <= ALFREDSON_WEEKS) {
    for (const id of ['straight-knee-heel-drop', 'bent-knee-heel-drop']) {
      slots.push({
        role: 'injury',
        candidates: [id],
        protected: true,
        fixedDose: ALFREDSON_DOSE,
        note: `Achilles: Alfredson protocol, week ${week} of 12 (B24). Heavy slow resistance three times a week is the alternative (B25).`,
      });
    }
  }
  const everySecondDay = daysBetween(startDate, date) % 2 === 0;
  if (ctx.injuries.currentPlantarFascia && week <= RATHLEFF_WEEKS && everySecondDay) {
    slots.push({
      role: 'injury',
      candidates: ['single-leg-heel-raise-towel'],
      protected: true,
      fixedDose: rathleffDose(week),
      note: `Plantar fascia: Rathleff protocol, every second day, week ${week} (B30).`,
    });
  }
  if (slots.length === 0) return undefined;
  return buildSession(
    {
      id: `${date}-rehab`,
      kind: 'rehab',
      title: 'Rehab protocol',
      slots,
      loadingPhase: 'foundation',
      weekInPhase: 1,
      phaseLength: 1,
      sessionIndex: 0,
      setFraction: 1,
      plyometricsAllowed: false,
      notes: [PAIN_GATE_CUE],
    },
    // Protocol doses are whole by design; the runner's session length does not cut them.
    { ...ctx.runner, minutesPerSession: 120 },
  ).session;
};

/** The week's rehab sessions by date, and a note when unavailable days interrupt a protocol. */
export const rehabSessionsOfWeek = (
  ctx: PlanContext,
  dates: readonly IsoDate[],
  week: number,
): Map<IsoDate, PlanSession> => {
  const sessions = new Map<IsoDate, PlanSession>();
  const { currentAchilles, currentPlantarFascia } = ctx.injuries;
  for (const date of dates) {
    if (!ctx.isAvailable(date)) {
      if (currentAchilles || currentPlantarFascia) {
        ctx.log.add(
          'warning',
          currentAchilles ? 'B24' : 'B30',
          'Rehab protocols are left off your unavailable days; do them there too if you can, they take ten minutes at home.',
          { week },
        );
      }
      continue;
    }
    const session = rehabSession(ctx, date, week);
    if (session) sessions.set(date, session);
  }
  return sessions;
};
