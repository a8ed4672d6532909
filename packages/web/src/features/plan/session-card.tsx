import type { PlanSession } from '@runstrong/core';
import { useEffect, useId, useRef } from 'react';
import { AdaptationsNote } from './adaptations-note';
import { DayReasons } from './day-reasons';
import { useDraggableSession } from './drag-drop';
import { MoveOutcomeNote } from './move-outcome';
import { usePlanActions } from './plan-actions';
import { dayLabel } from './plan-dates';
import { isMovable, SessionActions } from './session-actions';
import { SessionFacts } from './session-facts';
import type { PlanDayView } from './use-plan';

/**
 * A session in the week view: what it is, why it is on this day, and its actions. The title
 * opens the detail; the card drags onto another day, and "Move…" does the same by keyboard.
 */
export const SessionCard = ({ session, day }: { session: PlanSession; day: PlanDayView }) => {
  const { openSession, focusId, focusDone, busyId } = usePlanActions();
  const titleRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const movable = isMovable(session);
  const drag = useDraggableSession(session.id, day.date, movable);

  useEffect(() => {
    if (focusId !== session.id) return;
    titleRef.current?.focus();
    focusDone();
  }, [focusId, session.id, focusDone]);

  return (
    <article
      aria-labelledby={titleId}
      className={`rounded-lg border bg-white p-2 shadow-sm ${
        session.skipped ? 'border-dashed border-stone-400' : 'border-stone-300'
      } ${movable ? 'md:cursor-grab' : ''} ${busyId === session.id ? 'opacity-60' : ''}`}
      {...drag}
    >
      <h3 id={titleId} className="text-sm leading-snug font-semibold">
        <button
          ref={titleRef}
          type="button"
          onClick={() => openSession(session.id)}
          className="text-left text-brand-strong underline decoration-1 underline-offset-2 hover:decoration-2"
        >
          {session.skipped ? <s>{session.title}</s> : session.title}
        </button>
      </h3>
      <SessionFacts session={session} />
      <AdaptationsNote session={session} compact />
      {session.movedFrom ? (
        <p className="mt-1 text-xs text-stone-700">moved from {dayLabel(session.movedFrom)}</p>
      ) : (
        <div className="mt-1">
          <DayReasons reasons={day.reasons} />
        </div>
      )}
      <MoveOutcomeNote sessionId={session.id} compact />
      <SessionActions session={session} date={day.date} describedBy={titleId} />
    </article>
  );
};
