import { SMALL_BUTTON } from './plan-styles';

export type PlanViewMode = 'week' | 'month';

interface ToolbarProps {
  view: PlanViewMode;
  onView: (view: PlanViewMode) => void;
  onPrevious?: (() => void) | undefined;
  onNext?: (() => void) | undefined;
  /** "This week" when today is in the plan, "Plan start" before it starts. */
  homeLabel: string;
  onHome?: (() => void) | undefined;
}

const SEGMENT =
  'min-h-11 px-4 text-sm font-semibold aria-pressed:bg-brand aria-pressed:text-white hover:bg-stone-100 aria-pressed:hover:bg-brand-strong';

/** Week or month, back and forward (within the plan), back to now, and print. */
export const PlanToolbar = ({
  view,
  onView,
  onPrevious,
  onNext,
  homeLabel,
  onHome,
}: ToolbarProps) => {
  const unit = view === 'week' ? 'week' : 'month';
  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      <fieldset className="flex overflow-hidden rounded-lg border border-stone-400 bg-white">
        <legend className="sr-only">View</legend>
        <button
          type="button"
          className={SEGMENT}
          aria-pressed={view === 'week'}
          onClick={() => onView('week')}
        >
          Week
        </button>
        <button
          type="button"
          className={`${SEGMENT} border-l border-stone-400`}
          aria-pressed={view === 'month'}
          onClick={() => onView('month')}
        >
          Month
        </button>
      </fieldset>
      <div className="flex gap-1">
        <button
          type="button"
          className={SMALL_BUTTON}
          onClick={onPrevious}
          disabled={!onPrevious}
          aria-label={`Previous ${unit}`}
        >
          <span aria-hidden="true">←</span>
        </button>
        <button type="button" className={SMALL_BUTTON} onClick={onHome} disabled={!onHome}>
          {homeLabel}
        </button>
        <button
          type="button"
          className={SMALL_BUTTON}
          onClick={onNext}
          disabled={!onNext}
          aria-label={`Next ${unit}`}
        >
          <span aria-hidden="true">→</span>
        </button>
      </div>
      <button type="button" className={`${SMALL_BUTTON} ml-auto`} onClick={() => window.print()}>
        Print
      </button>
    </div>
  );
};
