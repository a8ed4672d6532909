import { adaptationsOf } from './adaptations';
import { humaniseDates } from './plan-dates';

/**
 * "Changed by your runs": what the coach changed in this session from imported runs, and why,
 * in words (no icon alone). Nothing when the session is as first planned.
 */
export const AdaptationsNote = ({
  session,
  compact = false,
}: {
  session: object;
  /** Smaller type, for the narrow columns of the week grid. */
  compact?: boolean;
}) => {
  const adaptations = adaptationsOf(session);
  if (adaptations.length === 0) return null;
  return (
    <div
      className={`mt-2 rounded-md border border-sky-800 bg-sky-50 p-2 text-sky-950 ${compact ? 'text-sm md:text-xs' : 'text-sm'}`}
    >
      <p className="font-semibold">Changed by your runs</p>
      <ul className="mt-1 flex flex-col gap-1">
        {adaptations.map((adaptation) => (
          <li key={`${adaptation.what}-${adaptation.why}`}>
            <span className="font-medium">{humaniseDates(adaptation.what)}</span> —{' '}
            {humaniseDates(adaptation.why)}
          </li>
        ))}
      </ul>
    </div>
  );
};
