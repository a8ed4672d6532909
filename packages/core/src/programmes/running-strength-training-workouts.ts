import type { Slot } from '../prescription/slot';
import { coreSlot, defaultTitle, jumpSlots, upperBodySlots } from './default-slots';
import type { Programme } from './programme';

const SINGLE_LEG_HEAVY = [
  'bulgarian-split-squat',
  'weighted-step-up',
  'single-leg-squat',
  'split-squat',
  'step-up',
];
const SINGLE_LEG = [
  'single-leg-squat',
  'split-squat',
  'step-up',
  'reverse-lunge',
  'lateral-lunge',
  'step-down',
];
const SINGLE_LEG_JUMPS = ['lateral-bound', 'single-leg-hop', 'bounding', 'split-squat-jump'];

/**
 * Single-leg focus: running is a series of single-leg landings, so every session opens with the
 * single-leg deadlift and nearly all of its lower-body work is unilateral (A8, A11).
 */
export const runningStrengthTrainingWorkouts: Programme = {
  id: 'running-strength-training-workouts',
  name: 'Running Strength Training Workouts',
  summary: 'Single-leg focus, single-leg deadlift first in every session.',
  source:
    'Seed article: “the Running Strength Training Workouts program prioritizes single-leg deadlifts” (A11)',
  loadPreference: 'default',
  plyometricSessionsPerWeek: 2,
  preventionForAll: false,
  titleFor: (ctx) => defaultTitle(ctx).replace(/^[^:]+/, 'Single-leg strength'),
  slotsFor: (ctx) => {
    const first: Slot = { role: 'hinge', candidates: ['single-leg-deadlift'], protected: true };
    const jumps: Slot[] =
      ctx.phase === 'power' && ctx.plyometricSession ? jumpSlots(SINGLE_LEG_JUMPS) : [];
    const knee: Slot =
      ctx.phase === 'foundation'
        ? { role: 'single-leg', candidates: SINGLE_LEG }
        : { role: 'main', candidates: SINGLE_LEG_HEAVY, protected: true };
    return [
      first,
      ...jumps,
      knee,
      { role: 'single-leg', candidates: SINGLE_LEG },
      { role: 'calf', candidates: ['single-leg-calf-raise', 'calf-raise'] },
      { role: 'hip', candidates: ['side-lying-hip-abduction', 'band-lateral-walk', 'clamshell'] },
      coreSlot(),
      ...upperBodySlots(ctx),
    ];
  },
};
