import type { Slot } from '../prescription/slot';
import { coreSlot, defaultTitle, jumpSlots, upperBodySlots } from './default-slots';
import type { Programme } from './programme';

/**
 * Overload by vest load on bodyweight movements (A11): the same squats, lunges, step-ups and
 * bridges the runner learnt in the foundation phase, with the vest on once load is earned.
 */
export const weightVestTrainingForRunning: Programme = {
  id: 'weight-vest-training-for-running',
  name: 'Weight Vest Training for Running',
  summary: 'Bodyweight movements made harder with a weight vest, step by step.',
  source:
    'Seed article: “adding weight to your Weight Vest Training for Running sessions” (A4, A11)',
  loadPreference: 'vest',
  builtAround: ['weight-vest'],
  plyometricSessionsPerWeek: 2,
  preventionForAll: false,
  titleFor: (ctx) => defaultTitle(ctx).replace(/^[^:]+/, 'Vest strength'),
  slotsFor: (ctx) => {
    const jumps: Slot[] =
      ctx.phase === 'power' && ctx.plyometricSession
        ? jumpSlots(['squat-jump', 'box-jump', 'broad-jump'])
        : [];
    return [
      ...jumps,
      {
        role: ctx.phase === 'foundation' ? 'single-leg' : 'main',
        candidates:
          ctx.sessionIndex % 2 === 0 ? ['squat', 'split-squat'] : ['step-up', 'reverse-lunge'],
        protected: true,
      },
      { role: 'single-leg', candidates: ['lunge', 'step-up', 'single-leg-squat', 'lateral-lunge'] },
      {
        role: 'hinge',
        candidates: ['glute-bridge', 'single-leg-glute-bridge', 'single-leg-deadlift'],
      },
      { role: 'calf', candidates: ['calf-raise', 'single-leg-calf-raise'] },
      coreSlot(),
      ...upperBodySlots(ctx).map((slot) =>
        slot.role === 'push' ? { ...slot, candidates: ['push-up', 'incline-push-up'] } : slot,
      ),
    ];
  },
};
