import { PhaseBadge, phaseAbout } from './phase-badge';
import type { PlanDayView } from './use-plan';

/**
 * The plan weeks a run of days falls in, each with its phase. A plan week starts on the plan's
 * first weekday, so a Monday-to-Sunday row can hold the end of one and the start of the next.
 */
export const planWeeksOf = (days: (PlanDayView | undefined)[]) => {
  const weeks = new Map<number, string>();
  for (const day of days) if (day && !weeks.has(day.week)) weeks.set(day.week, day.phase);
  return [...weeks].map(([week, phase]) => ({ week, phase }));
};

export const WeekPhases = ({ days }: { days: (PlanDayView | undefined)[] }) => (
  <ul className="flex flex-col gap-1">
    {planWeeksOf(days).map(({ week, phase }) => (
      <li key={week} className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
        <PhaseBadge phase={phase} week={week} />
        <span>{phaseAbout(phase)}</span>
      </li>
    ))}
  </ul>
);
