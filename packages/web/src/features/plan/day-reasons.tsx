import { type Finding, findingText } from './plan-words';

/** Why the plan put (or did not put) a session on a day: each reason with its rule id. */
export const DayReasons = ({
  reasons,
  label,
  large = false,
}: {
  reasons: Finding[];
  label?: string;
  large?: boolean;
}) =>
  reasons.length === 0 ? null : (
    <ul
      aria-label={label ?? 'Why this day'}
      className={`flex flex-col gap-1 text-stone-700 ${large ? 'text-sm' : 'text-xs'}`}
    >
      {reasons.map((reason) => (
        <li key={`${reason.rule}-${reason.message}`}>{findingText(reason)}</li>
      ))}
    </ul>
  );
