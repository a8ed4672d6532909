import { daysBetween, type IsoDate } from '../calendar/iso-date';
import type { Plan, PlanDay, PlanExercise, PlanSession, PlanWeek } from '../plan/plan.schema';

export interface SessionAt {
  week: PlanWeek;
  day: PlanDay;
  session: PlanSession;
}

export const sessionsOf = (plan: Plan): SessionAt[] =>
  plan.weeks.flatMap((week) =>
    week.days.flatMap((day) => day.sessions.map((session) => ({ week, day, session }))),
  );

/** Strength-type sessions: what A1 and B8 space apart (rehab protocols run on their own clock). */
export const strengthSessionsOf = (plan: Plan): SessionAt[] =>
  sessionsOf(plan).filter((s) => s.session.kind !== 'rehab');

export const strengthDatesOf = (plan: Plan): IsoDate[] =>
  [...new Set(strengthSessionsOf(plan).map((s) => s.day.date))].sort();

export const exercisesOf = (session: PlanSession, id: string): PlanExercise[] =>
  session.exercises.filter((e) => e.exerciseId === id);

export const runOn = (plan: Plan, date: IsoDate) =>
  plan.weeks.flatMap((w) => w.days).find((d) => d.date === date)?.run;

export const contactsOf = (session: PlanSession): number =>
  session.exercises.reduce((sum, e) => sum + (e.footContacts ?? 0), 0);

export const totalSets = (sessions: readonly PlanSession[]): number =>
  sessions.reduce((sum, s) => sum + s.exercises.reduce((n, e) => n + e.sets, 0), 0);

export const minGapInDays = (dates: readonly IsoDate[]): number => {
  const sorted = [...dates].sort();
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < sorted.length; i++) {
    gap = Math.min(gap, daysBetween(sorted[i - 1] as IsoDate, sorted[i] as IsoDate));
  }
  return gap;
};
