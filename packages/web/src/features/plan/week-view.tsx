import { dateRange } from '@runstrong/core';
import { DayCell } from './day-cell';
import { usePlanActions } from './plan-actions';
import { weekOf } from './plan-dates';
import { PrintWeek } from './print-week';
import { WeekPhases } from './week-phases';

/** Monday to Sunday: a list of days on a phone, seven columns on a wide screen. */
export const WeekView = ({ anchor }: { anchor: string }) => {
  const { days } = usePlanActions();
  const dates = weekOf(anchor);
  const first = dates[0] ?? anchor;
  const last = dates[6] ?? anchor;
  return (
    <section aria-labelledby="plan-week-title" className="flex flex-col gap-3">
      <div className="flex flex-col gap-2">
        <h2 id="plan-week-title" className="text-xl font-bold">
          {dateRange(first, last)}
        </h2>
        <WeekPhases days={dates.map((d) => days.get(d))} />
      </div>
      <ol className="grid gap-2 md:grid-cols-7 print:hidden">
        {dates.map((date) => (
          <DayCell key={date} date={date} />
        ))}
      </ol>
      <PrintWeek dates={dates} />
    </section>
  );
};
