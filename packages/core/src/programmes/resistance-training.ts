import type { Slot } from '../prescription/slot';
import { defaultTitle, jumpSlots } from './default-slots';
import type { Programme } from './programme';

/**
 * Bands of graded tension as the overload (A4, A11): band walks and clamshells for the gluteus
 * medius, Pallof presses and band rows, and band-resisted running drills — high knees and
 * lateral shuffles — that load the movements of running itself.
 */
export const resistanceTrainingForRunning: Programme = {
  id: 'resistance-training-for-running',
  name: 'Resistance Training for Running',
  summary: 'Resistance bands of rising tension, band-resisted high knees and lateral shuffles.',
  source:
    'Seed article: “the Resistance Training for Running program recommends using bands with varying tension levels” (A11)',
  loadPreference: 'bands',
  builtAround: ['band'],
  plyometricSessionsPerWeek: 1,
  preventionForAll: false,
  titleFor: (ctx) => defaultTitle(ctx).replace(/^[^:]+/, 'Band strength'),
  slotsFor: (ctx) => {
    const jumps: Slot[] =
      ctx.phase === 'power' && ctx.plyometricSession
        ? jumpSlots(['band-resisted-box-jump', 'lateral-bound', 'squat-jump'])
        : [];
    return [
      {
        role: 'drill',
        // Sessions take turns through the drills (the slot's rotation is the session index).
        candidates: ['high-knees-band', 'lateral-shuffle-band'],
        protected: true,
      },
      ...jumps,
      {
        role: 'single-leg',
        candidates: ['split-squat', 'spanish-squat', 'single-leg-squat', 'step-up'],
      },
      {
        role: 'hip',
        candidates: ['band-lateral-walk', 'clamshell', 'side-lying-hip-abduction'],
        protected: true,
      },
      { role: 'hinge', candidates: ['single-leg-deadlift', 'glute-bridge', 'romanian-deadlift'] },
      { role: 'calf', candidates: ['calf-raise', 'tibialis-raise'] },
      { role: 'core', candidates: ['pallof-press', 'dead-bug', 'side-plank'], protected: true },
      {
        role: ctx.sessionIndex % 2 === 0 ? 'pull' : 'push',
        candidates:
          ctx.sessionIndex % 2 === 0
            ? ['band-row', 'band-pull-apart', 'prone-ytw']
            : ['push-up', 'incline-push-up'],
        protected: true,
      },
    ];
  },
};
