import type { SlotRole } from './slot';

/**
 * Default preferences per role, best first. Single-leg and posterior-chain work lead (A8);
 * the list is long so that every equipment set finds something it can do (A10).
 */
export const CANDIDATES: Record<SlotRole, readonly string[]> = {
  // Jumps dosed in reps; low-intensity contacts (pogo and ankle hops) fill the rest (see jumpSlots).
  plyometric: [
    'box-jump',
    'squat-jump',
    'broad-jump',
    'lateral-bound',
    'bounding',
    'band-resisted-box-jump',
    'depth-drop',
    'split-squat-jump',
    'single-leg-hop',
    'depth-jump',
  ],
  main: [
    'back-squat',
    'goblet-squat',
    'bulgarian-split-squat',
    'deadlift',
    'romanian-deadlift',
    'weighted-step-up',
  ],
  'single-leg': [
    'single-leg-squat',
    'split-squat',
    'step-up',
    'reverse-lunge',
    'lunge-with-rotation',
    'lateral-lunge',
    'lunge',
  ],
  hinge: ['single-leg-deadlift', 'glute-bridge', 'single-leg-glute-bridge', 'hamstring-walkout'],
  calf: ['calf-raise', 'single-leg-calf-raise', 'bent-knee-calf-raise', 'eccentric-heel-drop'],
  hip: ['band-lateral-walk', 'clamshell', 'side-lying-hip-abduction', 'copenhagen-plank'],
  injury: [],
  drill: ['high-knees-band', 'lateral-shuffle-band', 'a-skip', 'band-resisted-march'],
  core: [
    'plank',
    'dead-bug',
    'side-plank',
    'bird-dog',
    'pallof-press',
    'hollow-hold',
    'suitcase-carry',
    'plank-shoulder-tap',
  ],
  // Regressions (incline push-up) are not peers: they come in only as stand-ins.
  push: ['push-up', 'dumbbell-overhead-press', 'pike-push-up'],
  pull: ['inverted-row', 'dumbbell-row', 'kettlebell-row', 'band-row', 'pull-up', 'prone-ytw'],
};

/** Heavy lifts for the strength phase, squat-type for one session and hinge-type for the next. */
export const MAIN_KNEE = [
  'back-squat',
  'goblet-squat',
  'bulgarian-split-squat',
  'weighted-step-up',
  'split-squat',
];
export const MAIN_HINGE = [
  'deadlift',
  'romanian-deadlift',
  'single-leg-deadlift',
  'hip-thrust',
  'single-leg-glute-bridge',
];

/** Low-intensity foot contacts that top a session up to B20's range. */
export const CONTACT_FILLERS = ['pogo-hops', 'ankle-hops'];
