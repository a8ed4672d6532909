import { defaultSlots, defaultTitle, jumpSlots } from './default-slots';
import type { Programme } from './programme';

/**
 * Plyometric progressions (A5, A11, B20–B22): box jumps, then band-resisted box jumps in the
 * second half of the power phase, depth drops for those ready, always beside a heavy lift.
 */
export const strengthTrainingWithRunning: Programme = {
  id: 'strength-training-with-running',
  name: 'Strength Training with Running',
  summary:
    'Builds to plyometrics: box jumps, band-resisted box jumps and depth drops, beside heavy lifting.',
  source:
    'Seed article: “The Strength Training with Running program includes plyometric progressions, such as adding a resistance band to box jumps” (A11)',
  loadPreference: 'default',
  plyometricSessionsPerWeek: 3,
  preventionForAll: false,
  titleFor: (ctx) => defaultTitle(ctx).replace(/^Power/, 'Plyometric power'),
  slotsFor: (ctx) => {
    const slots = defaultSlots(ctx);
    if (ctx.phase !== 'power' || !ctx.plyometricSession) return slots;
    const secondHalf = ctx.weekInPhase > ctx.phaseLength / 2;
    const boxWork = secondHalf
      ? ['band-resisted-box-jump', 'depth-drop', 'box-jump', 'broad-jump']
      : ['box-jump', 'squat-jump', 'broad-jump'];
    return [...jumpSlots(boxWork), ...slots.filter((slot) => slot.role !== 'plyometric')];
  },
};
