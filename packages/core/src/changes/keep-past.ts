import { daysBetween, type IsoDate } from '../calendar/iso-date';
import type { Plan } from '../plan/plan.schema';

/**
 * A regenerated plan that leaves the past alone: days before `from` are taken from the plan the
 * runner has been following (their moves, skips and swaps included), days from `from` on from the
 * fresh plan. Used when equipment, injuries or units change mid-plan.
 */
export const keepPastDays = (current: Plan, fresh: Plan, from: IsoDate): Plan => {
  const pastDays = new Map(
    current.weeks
      .flatMap((w) => w.days)
      .filter((d) => daysBetween(d.date, from) > 0)
      .map((d) => [d.date, d]),
  );
  return {
    ...fresh,
    weeks: fresh.weeks.map((week) => ({
      ...week,
      days: week.days.map((day) => pastDays.get(day.date) ?? day),
    })),
    decisions: [
      ...fresh.decisions,
      {
        kind: 'adjusted',
        rule: 'A1',
        weeks: [],
        message: `Regenerated from ${from}: the days before it are kept exactly as they were.`,
      },
    ],
  };
};
