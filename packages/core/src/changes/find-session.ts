import type { Plan, PlanDay, PlanSession, PlanWeek } from '../plan/plan.schema';

export interface SessionLocation {
  week: PlanWeek;
  day: PlanDay;
  session: PlanSession;
}

export const findSession = (plan: Plan, sessionId: string): SessionLocation | undefined => {
  for (const week of plan.weeks) {
    for (const day of week.days) {
      const session = day.sessions.find((s) => s.id === sessionId);
      if (session) return { week, day, session };
    }
  }
  return undefined;
};

export const findDay = (plan: Plan, date: string): { week: PlanWeek; day: PlanDay } | undefined => {
  for (const week of plan.weeks) {
    const day = week.days.find((d) => d.date === date);
    if (day) return { week, day };
  }
  return undefined;
};
