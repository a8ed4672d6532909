import type { Stage } from '../catalogue/exercise.schema';
import type { Phase } from '../plan/plan.schema';

/**
 * A5's stages a week of each phase may use for a variation the coach brings in: the same order
 * as the plan's (bodyweight and form, then weighted work, then power). Deload and taper weeks
 * bring in nothing new beyond the foundation stage.
 */
export const STAGES_FOR_PHASE: Record<Phase, readonly Stage[]> = {
  foundation: ['foundation'],
  deload: ['foundation'],
  taper: ['foundation'],
  strength: ['foundation', 'strength'],
  maintenance: ['foundation', 'strength'],
  power: ['foundation', 'strength', 'power'],
};

/** A5: weight is added to bodyweight movements only once the foundation stage is done. */
export const loadEarnedIn = (phase: Phase): boolean =>
  phase === 'strength' || phase === 'power' || phase === 'maintenance';
