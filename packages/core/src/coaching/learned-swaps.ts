import type { IsoDate } from '../calendar/iso-date';
import { findSession } from '../changes/find-session';
import type { PlanChange } from '../changes/plan-change';
import type { Plan } from '../plan/plan.schema';

export interface LearnedSwap {
  from: string;
  to: string;
  /** The date of the session the runner swapped in. */
  on: IsoDate;
}

export interface LearnedSwaps {
  /** What each exercise becomes, following the runner's choices to the last one. */
  replacementOf: (exerciseId: string) => LearnedSwap | undefined;
  /** The latest date the runner chose this exercise over another. */
  chosenOn: (exerciseId: string) => IsoDate | undefined;
}

/**
 * The runner's overrides, learned: every swap they made in a session dated before `before`, in
 * date order. A later swap wins; choosing Y over X also drops any earlier "Y → something", so a
 * swap back undoes the first and the choices never form a cycle.
 */
export const learnedSwaps = (
  plan: Plan,
  changes: readonly PlanChange[],
  before: IsoDate,
): LearnedSwaps => {
  const swaps = changes
    .flatMap((c) => {
      if (c.kind !== 'swap' || c.exerciseId === c.with) return [];
      const date = findSession(plan, c.sessionId)?.day.date;
      return date !== undefined && date < before
        ? [{ from: c.exerciseId, to: c.with, on: date }]
        : [];
    })
    .map((s, order) => ({ ...s, order }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.order - b.order));
  const replace = new Map<string, LearnedSwap>();
  const chosen = new Map<string, IsoDate>();
  for (const { from, to, on } of swaps) {
    replace.set(from, { from, to, on });
    replace.delete(to);
    chosen.set(to, on);
  }
  return {
    replacementOf: (exerciseId) => {
      let swap = replace.get(exerciseId);
      for (let hops = 0; swap && hops < replace.size; hops++) {
        const further = replace.get(swap.to);
        if (!further) break;
        swap = { from: exerciseId, to: further.to, on: further.on };
      }
      return swap;
    },
    chosenOn: (exerciseId) => chosen.get(exerciseId),
  };
};
