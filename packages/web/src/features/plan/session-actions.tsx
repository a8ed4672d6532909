import type { PlanSession } from '@runstrong/core';
import { useConfirm } from './confirm-box';
import { usePlanActions } from './plan-actions';
import { weekdayName } from './plan-dates';
import { SMALL_BUTTON } from './plan-styles';
import { SkipConfirm } from './skip-confirm';

/** Rehab protocols run on their own schedule and are not moved; a skipped session stays put. */
export const isMovable = (session: PlanSession): boolean =>
  !session.skipped && session.kind !== 'rehab';

/**
 * "Move…" (the keyboard and touch alternative to dragging) and "Skip" (after a question), named
 * by the day for screen readers: "Move Tuesday's session".
 */
export const SessionActions = ({
  session,
  date,
  describedBy,
}: {
  session: PlanSession;
  date: string;
  /** The id of the session's title, read after the button's name. */
  describedBy?: string;
}) => {
  const { openPicker, busyId } = usePlanActions();
  const confirm = useConfirm();
  const weekday = weekdayName(date);
  // A skipped session stays as it is; rehab can be skipped but not moved.
  if (session.skipped) return null;
  if (confirm.asking) {
    return (
      <SkipConfirm
        sessionId={session.id}
        weekday={weekday}
        onCancel={confirm.cancel}
        onSkipped={confirm.close}
      />
    );
  }
  return (
    <div className="no-print mt-2 flex flex-wrap gap-2">
      {isMovable(session) && (
        <button
          type="button"
          className={SMALL_BUTTON}
          aria-label={`Move ${weekday}'s session`}
          aria-describedby={describedBy}
          aria-disabled={busyId === session.id}
          onClick={() => busyId !== session.id && openPicker(session.id)}
        >
          Move…
        </button>
      )}
      <button
        ref={confirm.triggerRef}
        type="button"
        className={SMALL_BUTTON}
        aria-label={`Skip ${weekday}'s session`}
        aria-describedby={describedBy}
        aria-disabled={busyId === session.id}
        onClick={() => busyId !== session.id && confirm.ask()}
      >
        Skip
      </button>
    </div>
  );
};
