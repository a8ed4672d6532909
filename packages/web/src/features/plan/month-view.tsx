import { MonthCell } from './month-cell';
import { PhaseBadge } from './phase-badge';
import { usePlanActions } from './plan-actions';
import {
  monthGrid,
  monthLabel,
  SHORT_WEEKDAY_NAMES,
  WEEKDAY_NAMES_MONDAY_FIRST,
} from './plan-dates';
import { planWeeksOf } from './week-phases';

/**
 * The month as a calendar table, Monday first, one row a week with its plan week and phase at
 * the start. Sessions show as chips that open their detail and drag onto another day.
 */
export const MonthView = ({ anchor }: { anchor: string }) => {
  const { days } = usePlanActions();
  const rows = monthGrid(anchor);
  return (
    <section aria-labelledby="plan-month-title" className="flex flex-col gap-3">
      <h2 id="plan-month-title" className="text-xl font-bold">
        {monthLabel(anchor)}
      </h2>
      <table className="print-table w-full table-fixed border-collapse text-left">
        <caption className="sr-only">
          {monthLabel(anchor)}: runs and strength sessions by day
        </caption>
        <thead>
          <tr className="text-xs text-stone-700">
            <th scope="col" className="w-20 px-1 pb-1 font-medium md:w-28">
              Week
            </th>
            {SHORT_WEEKDAY_NAMES.map((name, i) => (
              <th key={name} scope="col" className="px-1 pb-1 font-medium">
                <abbr title={WEEKDAY_NAMES_MONDAY_FIRST[i]} className="no-underline">
                  {name}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const weeks = planWeeksOf(row.map((d) => days.get(d)));
            return (
              <tr key={row[0]}>
                <th
                  scope="row"
                  className="border border-stone-300 bg-stone-50 p-1 align-top font-normal"
                >
                  {weeks.length === 0 ? (
                    <span className="text-xs text-stone-700">—</span>
                  ) : (
                    <div className="flex flex-col items-start gap-1">
                      {weeks.map(({ week, phase }) => (
                        <div key={week} className="flex flex-col items-start">
                          <span className="text-xs text-stone-800">Wk {week}</span>
                          <PhaseBadge phase={phase} compact />
                        </div>
                      ))}
                    </div>
                  )}
                </th>
                {row.map((date) => (
                  <MonthCell key={date} date={date} month={anchor} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
};
