import { useEffect, useRef } from 'react';
import { usePlanActions } from './plan-actions';
import { dayLabel } from './plan-dates';
import { SMALL_BUTTON, SMALL_WARNING_BUTTON } from './plan-styles';
import { findingText, sentence } from './plan-words';

const ruleLines = (findings: { rule?: string | undefined; message: string }[]) => (
  <ul className="mt-1 flex flex-col gap-1">
    {findings.map((f) => (
      <li key={`${f.rule}-${f.message}`}>{sentence(findingText(f, ': '))}</li>
    ))}
  </ul>
);

/**
 * What the last move of a session came to, next to the session: a refusal with the rules it
 * broke and "Move anyway", or the warning the plan recorded when the runner insisted.
 */
export const MoveOutcomeNote = ({
  sessionId,
  compact = false,
}: {
  sessionId: string;
  /** Smaller type, for the narrow columns of the week grid. */
  compact?: boolean;
}) => {
  const { outcomes, dismissOutcome, move, busyId } = usePlanActions();
  const outcome = outcomes[sessionId];
  const ref = useRef<HTMLDivElement>(null);
  // When the move came to something to decide or read and focus was lost on the way (the picker
  // closed, the card was redrawn), the note takes it: its first line says what happened.
  useEffect(() => {
    if (!outcome) return;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost) ref.current?.focus();
  }, [outcome]);
  if (!outcome) return null;
  const busy = busyId === sessionId;

  if (outcome.kind === 'refused') {
    return (
      <div
        ref={ref}
        tabIndex={-1}
        className={`no-print mt-2 rounded-md border border-amber-700 bg-amber-50 p-2 ${compact ? 'text-sm md:text-xs' : 'text-sm'} text-amber-950`}
      >
        <p className="font-semibold">Not moved to {dayLabel(outcome.to)}</p>
        {ruleLines(outcome.violations)}
        <div className="mt-2 flex flex-wrap gap-2">
          <button
            type="button"
            className={SMALL_WARNING_BUTTON}
            disabled={busy}
            onClick={() => void move(sessionId, outcome.to, true)}
          >
            Move anyway
          </button>
          <button type="button" className={SMALL_BUTTON} onClick={() => dismissOutcome(sessionId)}>
            Keep it here
          </button>
        </div>
      </div>
    );
  }

  if (outcome.kind === 'moved') {
    return (
      <div
        ref={ref}
        tabIndex={-1}
        className={`no-print mt-2 rounded-md border border-amber-700 bg-amber-50 p-2 ${compact ? 'text-sm md:text-xs' : 'text-sm'} text-amber-950`}
      >
        <p className="font-semibold">
          {outcome.insisted
            ? 'Moved at your request. The plan recorded a warning:'
            : 'Moved. Worth knowing:'}
        </p>
        {ruleLines(outcome.warnings)}
        <button
          type="button"
          className={`${SMALL_BUTTON} mt-2`}
          onClick={() => dismissOutcome(sessionId)}
        >
          OK
        </button>
      </div>
    );
  }

  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`no-print mt-2 rounded-md border border-red-700 bg-red-50 p-2 ${compact ? 'text-sm md:text-xs' : 'text-sm'} text-red-900`}
    >
      <p>Not moved: {outcome.message}</p>
      <button
        type="button"
        className={`${SMALL_BUTTON} mt-2`}
        onClick={() => dismissOutcome(sessionId)}
      >
        OK
      </button>
    </div>
  );
};
