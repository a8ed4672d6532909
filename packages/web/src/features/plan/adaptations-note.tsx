import { adaptationsOf, type SessionAdaptation } from './adaptations';
import { humaniseDates } from './plan-dates';

/** In the narrow week grid, this many changes show in full; the rest open on request. */
const COMPACT_SHOWN = 2;

const Change = ({ adaptation, compact }: { adaptation: SessionAdaptation; compact: boolean }) => (
  // In the week grid's narrow columns a long reason is cut at four lines (the session's own
  // view has it whole); on a phone the card is wide and shows it all.
  <li className={compact ? 'md:line-clamp-4' : undefined}>
    <span className="font-medium">{humaniseDates(adaptation.what)}</span> —{' '}
    {humaniseDates(adaptation.why)}
  </li>
);

const keyOf = (adaptation: SessionAdaptation) => `${adaptation.what}-${adaptation.why}`;

/**
 * "The coach changed this": each change the coach made to this session — from imported runs or
 * from the log — as "what — why", in words (no icon alone). Nothing when the session is as
 * first planned.
 */
export const AdaptationsNote = ({
  session,
  compact = false,
}: {
  session: object;
  /**
   * Smaller type, for the narrow columns of the week grid: long lists fold after two, and each
   * reason is cut at four lines on wide screens (the title opens the session with them whole).
   */
  compact?: boolean;
}) => {
  const adaptations = adaptationsOf(session);
  if (adaptations.length === 0) return null;
  const shown = compact ? adaptations.slice(0, COMPACT_SHOWN) : adaptations;
  const folded = compact ? adaptations.slice(COMPACT_SHOWN) : [];
  return (
    <div
      className={`mt-2 rounded-md border border-sky-800 bg-sky-50 p-2 text-sky-950 ${compact ? 'text-sm md:text-xs' : 'text-sm'}`}
    >
      <p className="font-semibold">The coach changed this</p>
      <ul className="mt-1 flex flex-col gap-1">
        {shown.map((adaptation) => (
          <Change key={keyOf(adaptation)} adaptation={adaptation} compact={compact} />
        ))}
      </ul>
      {folded.length > 0 && (
        <details className="mt-1">
          <summary className="cursor-pointer py-1 font-medium underline underline-offset-2">
            {folded.length === 1 ? '1 more change' : `${folded.length} more changes`}
          </summary>
          <ul className="mt-1 flex flex-col gap-1">
            {folded.map((adaptation) => (
              <Change key={keyOf(adaptation)} adaptation={adaptation} compact={compact} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
};
