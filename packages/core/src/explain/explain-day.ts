import type { IsoDate } from '../calendar/iso-date';
import type { Weekday } from '../calendar/weekday';
import type { Plan } from '../plan/plan.schema';
import { fail, ok, type Result } from '../result';

export interface DayExplanation {
  date: IsoDate;
  weekday: Weekday;
  week: number;
  phase: string;
  run: string;
  sessions: { title: string; kind: string; estimatedMinutes: number }[];
  reasons: string[];
  decisions: string[];
}

/**
 * Why a day has, or lacks, a strength session: the day's own reasons from the scheduler and the
 * plan decisions that touch its week, each with the rule it comes from.
 */
export const explainDay = (
  plan: Plan,
  date: IsoDate,
): Result<DayExplanation, { code: 'date-outside-plan'; message: string }> => {
  for (const week of plan.weeks) {
    const day = week.days.find((d) => d.date === date);
    if (!day) continue;
    const decisions = plan.decisions
      .filter((d) =>
        d.dates ? d.dates.includes(date) : d.weeks.includes(week.index) || d.weeks.length === 0,
      )
      .map((d) => `${d.rule}${d.relaxed ? ` (relaxed ${d.relaxed})` : ''}: ${d.message}`);
    return ok({
      date,
      weekday: day.weekday,
      week: week.index,
      phase: week.phase,
      run: day.run,
      sessions: day.sessions.map((s) => ({
        title: s.title,
        kind: s.kind,
        estimatedMinutes: s.estimatedMinutes,
      })),
      reasons: [
        ...day.reasons.map((r) => (r.rule ? `${r.rule}: ${r.message}` : r.message)),
        // What the coach changed after the plan was made (runs/adapt-to-runs.ts), and why.
        ...day.sessions.flatMap((s) =>
          (s.adaptations ?? []).map((a) => `${s.title}: ${a.what}. ${a.why}`),
        ),
      ],
      decisions,
    });
  }
  return fail({
    code: 'date-outside-plan',
    message: `${date} is outside the plan, which runs from ${plan.startDate} to ${plan.endDate}`,
  });
};
