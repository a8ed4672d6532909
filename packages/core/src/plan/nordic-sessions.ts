import type { IsoDate } from '../calendar/iso-date';
import { NORDIC_PROGRAMME_WEEKS, nordicWeek } from '../injuries/nordic-protocol';
import { buildSession } from '../prescription/build-session';
import type { FixedDose, Slot } from '../prescription/slot';
import { scheduleWeek } from '../schedule/schedule-week';
import type { PlanSession } from './plan.schema';
import type { PlanContext } from './plan-context';
import { inActivationWindow } from './race-window';

export interface NordicWeek {
  dose: FixedDose;
  /** Strength days that carry the week's Nordic curls. */
  inStrengthSessions: IsoDate[];
  /** Short extra sessions on other days, when the programme wants more than the strength days. */
  extraSessions: { date: IsoDate; session: PlanSession }[];
}

export const nordicSlot = (week: number, dose: FixedDose): Slot => ({
  role: 'injury',
  candidates: ['nordic-hamstring-curl'],
  protected: true,
  fixedDose: dose,
  note:
    week <= NORDIC_PROGRAMME_WEEKS
      ? `Hamstrings: week ${week} of the 10-week Nordic programme (B27).`
      : 'Hamstrings: one Nordic session a week keeps the effect (B27).',
});

/** Spreads the week's Nordic sessions over its strength days: the first, then the last. */
const spreadOver = (dates: readonly IsoDate[], wanted: number): IsoDate[] => {
  if (wanted >= dates.length) return [...dates];
  if (wanted === 1) return dates.slice(0, 1);
  return [dates[0], dates.at(-1)].filter((d): d is IsoDate => d !== undefined).slice(0, wanted);
};

/**
 * B27: Petersen's Nordic programme for a declared hamstring problem. Its sessions go into the
 * strength days first; the rest become short sessions of their own, placed by the same scheduler
 * so they keep 48 h from other leg work (B8) and off the day before the long run (A2).
 */
export const planNordicWeek = (
  ctx: PlanContext,
  week: number,
  dates: readonly IsoDate[],
  strengthDates: readonly IsoDate[],
  previousSession: IsoDate | undefined,
): NordicWeek | undefined => {
  if (!ctx.injuries.hamstring) return undefined;
  const { sessions, dose } = nordicWeek(week);
  const inStrengthSessions = spreadOver(strengthDates, sessions);
  const wantedExtra = sessions - inStrengthSessions.length;
  if (wantedExtra <= 0) return { dose, inStrengthSessions, extraSessions: [] };
  const raceDate = ctx.span.raceDate;
  const extra = scheduleWeek({
    dates,
    runOn: ctx.runOn,
    isAvailable: ctx.isAvailable,
    sessions: wantedExtra,
    experience: ctx.profile.experience,
    heavy: true,
    neighbours: [...strengthDates, ...(previousSession ? [previousSession] : [])],
    ...(raceDate ? { raceDate } : {}),
    repeating: false,
  });
  const extraDates = extra.dates.filter((d) => !inActivationWindow(d, raceDate));
  const missing = wantedExtra - extraDates.length;
  if (missing > 0) {
    ctx.log.add(
      'dropped',
      'B27',
      `${missing} Nordic session(s) of the week did not fit 48 h from other leg work (B8) or fell in race week (B12).`,
      { week },
    );
  }
  const extraSessions = extraDates.map((date) => ({
    date,
    session: buildSession(
      {
        id: `${date}-nordic`,
        kind: 'strength',
        title: 'Nordic hamstring curls',
        slots: [nordicSlot(week, dose)],
        loadingPhase: 'foundation',
        weekInPhase: 1,
        phaseLength: 1,
        sessionIndex: 0,
        setFraction: 1,
        plyometricsAllowed: false,
        notes: ['A short extra session: the Nordic programme wants three a week (B27).'],
      },
      ctx.runner,
    ).session,
  }));
  return { dose, inStrengthSessions, extraSessions };
};
