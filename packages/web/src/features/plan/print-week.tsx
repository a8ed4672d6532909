import { formatDose, formatLoad, formatRest, formatTempo } from '@runstrong/core';
import { usePlanActions } from './plan-actions';
import { dayLabel } from './plan-dates';
import { findingText, runLabel } from './plan-words';

/**
 * The week as printed: a plain table with every exercise's dose, load, rest and tempo, to take
 * to the gym. Hidden on screen, where the interactive days stand in for it.
 */
export const PrintWeek = ({ dates }: { dates: string[] }) => {
  const { days, units } = usePlanActions();
  return (
    <table className="print-table hidden w-full border-collapse text-left text-sm print:table">
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Run</th>
          <th scope="col">Strength</th>
          <th scope="col" className="w-1/3">
            Why
          </th>
        </tr>
      </thead>
      <tbody>
        {dates.map((date) => {
          const day = days.get(date);
          return (
            <tr key={date}>
              <th scope="row" className="whitespace-nowrap">
                {dayLabel(date)}
              </th>
              <td>{day ? runLabel(day.run) : '—'}</td>
              <td>
                {day?.sessions.length
                  ? day.sessions.map((s) => (
                      <div key={s.id} className="mb-2">
                        <p className="font-semibold">
                          {s.skipped ? <s>{s.title}</s> : s.title} · {s.estimatedMinutes} min
                          {s.skipped && ' · skipped'}
                          {s.movedFrom && ` · moved from ${dayLabel(s.movedFrom)}`}
                        </p>
                        <ul>
                          {s.exercises.map((e) => (
                            <li key={e.exerciseId}>
                              {e.name}: {formatDose(e)} · {formatLoad(e.load, units)} · rest{' '}
                              {formatRest(e.restSeconds)} · tempo {formatTempo(e.tempo)}
                            </li>
                          ))}
                        </ul>
                      </div>
                    ))
                  : day
                    ? 'No strength'
                    : 'Not in plan'}
              </td>
              <td>{day?.reasons.map((r) => findingText(r)).join('; ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
