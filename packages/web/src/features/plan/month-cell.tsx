import type { PlanSession } from '@runstrong/core';
import { useEffect, useRef } from 'react';
import { adaptationsOf } from './adaptations';
import { useDraggableSession, useDropDay } from './drag-drop';
import { usePlanActions } from './plan-actions';
import { dayLabel, dayLabelLong, sameMonth } from './plan-dates';
import { runLabel } from './plan-words';
import { isMovable } from './session-actions';

const RUN_SHORT: Record<string, string> = {
  quality: 'Quality',
  long: 'Long',
  race: 'Race',
  easy: 'Easy',
  rest: 'Rest',
};

const CHIP_WORD: Record<string, string> = {
  strength: 'Lift',
  activation: 'Activ.',
  rehab: 'Rehab',
};

/** A session in the month grid: a short chip on a phone, its title on a wide screen. */
const SessionChip = ({ session, date }: { session: PlanSession; date: string }) => {
  const { openSession, outcomes, focusId, focusDone } = usePlanActions();
  const ref = useRef<HTMLButtonElement>(null);
  const drag = useDraggableSession(session.id, date, isMovable(session));
  const flagged = outcomes[session.id] !== undefined;
  const changes = adaptationsOf(session).length;

  useEffect(() => {
    if (focusId !== session.id) return;
    ref.current?.focus();
    focusDone();
  }, [focusId, session.id, focusDone]);

  const label = [
    session.title,
    dayLabelLong(date),
    session.skipped ? 'skipped' : '',
    session.movedFrom ? 'moved' : '',
    changes > 0
      ? `changed by the coach (${changes === 1 ? '1 change' : `${changes} changes`}: open it to see what and why)`
      : '',
    flagged ? 'see the note on this move' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <button
      ref={ref}
      type="button"
      aria-label={label}
      onClick={() => openSession(session.id)}
      className={`block min-h-6 w-full rounded border px-1 py-0.5 text-left text-[11px] leading-tight font-semibold md:text-xs ${
        session.skipped
          ? 'border-dashed border-stone-500 bg-white text-stone-700'
          : 'border-brand-strong bg-teal-50 text-brand-strong'
      } ${flagged ? 'ring-2 ring-amber-600 print:ring-0' : ''}`}
      {...drag}
    >
      <span className={session.skipped ? 'line-through' : ''}>
        <span className="md:hidden print:hidden">{CHIP_WORD[session.kind] ?? 'Lift'}</span>
        <span className="hidden md:line-clamp-2 print:block">{session.title}</span>
      </span>
      {session.skipped && <span className="hidden font-normal md:block print:block">skipped</span>}
      {session.movedFrom && (
        <span className="hidden font-normal italic md:block print:block">
          moved from {dayLabel(session.movedFrom)}
        </span>
      )}
      {changes > 0 && (
        <span className="block text-[10px] font-normal text-sky-900 md:text-xs print:block">
          coach changed
        </span>
      )}
    </button>
  );
};

/** One day of the month grid; days of the neighbouring months are dimmed. */
export const MonthCell = ({ date, month }: { date: string; month: string }) => {
  const { days, today, openSession } = usePlanActions();
  const day = days.get(date);
  // A drop the server refused opens the session, where the refusal and "Move anyway" are.
  const drop = useDropDay(date, (id, outcome) => {
    if (outcome && (outcome.kind !== 'moved' || outcome.warnings.length > 0)) openSession(id);
  });
  const inMonth = sameMonth(date, month);
  return (
    <td
      className={`h-20 border p-0.5 align-top md:h-28 md:p-1 ${
        drop.over
          ? 'border-brand bg-teal-50 ring-2 ring-brand ring-inset'
          : drop.accepts
            ? 'border-dashed border-brand bg-white'
            : 'border-stone-300'
      } ${day ? 'bg-white' : 'bg-stone-100'} ${inMonth ? '' : 'text-stone-600'}`}
      {...drop.props}
    >
      <div className="flex flex-col gap-0.5">
        <span
          className={`text-xs font-semibold ${
            date === today ? 'rounded bg-brand px-1 text-white' : ''
          }`}
        >
          {Number(date.slice(8))}
          {date === today && <span className="sr-only"> (today)</span>}
        </span>
        {day && (
          <span className="truncate text-[10px] text-stone-700 md:text-xs">
            <span aria-hidden="true">{RUN_SHORT[day.run] ?? day.run}</span>
            <span className="sr-only">{runLabel(day.run)}</span>
          </span>
        )}
        {day?.sessions.map((s) => (
          <SessionChip key={s.id} session={s} date={date} />
        ))}
      </div>
    </td>
  );
};
