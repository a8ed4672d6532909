import type { Slot } from '../prescription/slot';

/**
 * B12: race week is bodyweight activation only — a few easy sets to feel springy, no load, no
 * soreness. Two sets each, short holds.
 */
export const ACTIVATION_SLOTS: readonly Slot[] = [
  {
    role: 'hinge',
    candidates: ['glute-bridge'],
    protected: true,
    fixedDose: { sets: 2, reps: 10 },
  },
  {
    role: 'hip',
    candidates: ['clamshell', 'side-lying-hip-abduction'],
    protected: true,
    fixedDose: { sets: 2, reps: 10 },
  },
  { role: 'calf', candidates: ['calf-raise'], protected: true, fixedDose: { sets: 2, reps: 12 } },
  {
    role: 'core',
    candidates: ['plank', 'dead-bug'],
    protected: true,
    fixedDose: { sets: 2, seconds: 20, reps: 8 },
  },
];
