import type { PlanSession } from '@runstrong/core';
import { KIND_LABELS } from './plan-words';

/** Minutes, heavy legs, the kind when it is not plain strength, and "skipped". */
export const SessionFacts = ({ session }: { session: PlanSession }) => (
  <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-700">
    <span>{session.estimatedMinutes} min</span>
    {session.kind !== 'strength' && <span>{KIND_LABELS[session.kind] ?? session.kind}</span>}
    {session.heavy && <span>heavy legs</span>}
    {session.skipped && (
      <span className="rounded border border-stone-500 px-1 font-semibold text-stone-800">
        skipped
      </span>
    )}
  </p>
);
