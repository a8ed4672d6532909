import { DayReasons } from './day-reasons';
import { useDropDay } from './drag-drop';
import { usePlanActions } from './plan-actions';
import { dayLabel } from './plan-dates';
import { runLabel } from './plan-words';
import { SessionCard } from './session-card';

const RUN_STYLES: Record<string, string> = {
  quality: 'bg-orange-100 text-orange-950',
  long: 'bg-blue-100 text-blue-950',
  race: 'bg-fuchsia-100 text-fuchsia-950',
  easy: 'bg-green-100 text-green-950',
  rest: 'bg-stone-100 text-stone-800',
};

/** The day's run as a small label. */
export const RunTag = ({ run }: { run: string }) => (
  <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${RUN_STYLES[run] ?? ''}`}>
    {runLabel(run)}
  </span>
);

/**
 * One day of the week view: its run, its sessions, or why there is none. While a session is
 * being dragged, every other day of the plan is a place to drop it.
 */
export const DayCell = ({ date }: { date: string }) => {
  const { days, today } = usePlanActions();
  const day = days.get(date);
  const drop = useDropDay(date);
  const isToday = date === today;

  return (
    <li
      className={`flex min-w-0 flex-col gap-2 rounded-xl border p-2 ${
        drop.over
          ? 'border-brand bg-teal-50 ring-2 ring-brand'
          : drop.accepts
            ? 'border-dashed border-brand bg-white'
            : isToday
              ? 'border-brand bg-white'
              : 'border-stone-300 bg-white'
      } ${day ? '' : 'opacity-70'}`}
      {...drop.props}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-1 md:flex-col md:items-start">
        <p className="font-semibold">
          {dayLabel(date)}
          {isToday && (
            <span className="ml-1 rounded bg-brand px-1 text-xs font-semibold text-white">
              Today
            </span>
          )}
        </p>
        {day && <RunTag run={day.run} />}
      </div>
      {!day ? (
        <p className="text-xs text-stone-700">Not in your plan</p>
      ) : day.sessions.length > 0 ? (
        day.sessions.map((session) => <SessionCard key={session.id} session={session} day={day} />)
      ) : (
        <details className="text-xs text-stone-700">
          <summary className="cursor-pointer py-1">No strength · why?</summary>
          <DayReasons reasons={day.reasons} label="Why no strength session" />
        </details>
      )}
    </li>
  );
};
