import { CANDIDATES, CONTACT_FILLERS, MAIN_HINGE, MAIN_KNEE } from '../prescription/candidates';
import type { Slot } from '../prescription/slot';
import type { SlotContext } from './programme';

const slot = (role: Slot['role'], candidates: readonly string[] = CANDIDATES[role]): Slot => ({
  role,
  candidates,
});

/** A9: upper body in every session, pushing and pulling in turn; both when there is one session. */
export const upperBodySlots = (ctx: SlotContext): Slot[] => {
  const push: Slot = { ...slot('push'), protected: true };
  const pull: Slot = { ...slot('pull'), protected: true };
  if (ctx.sessionCount === 1) return [push, pull];
  return [(ctx.sessionIndex + ctx.weekIndex) % 2 === 0 ? push : pull];
};

/**
 * Jumps come first in a session, while fresh: one jump in reps, then low-intensity contacts
 * that bring the session into B20's range. Both are kept whole when time is short.
 */
export const jumpSlots = (jumps: readonly string[]): Slot[] => [
  { role: 'plyometric', candidates: jumps, protected: true },
  { role: 'plyometric', candidates: CONTACT_FILLERS, protected: true },
];

export const coreSlot = (): Slot => ({ ...slot('core'), protected: true });

/**
 * The default session shapes. Single-leg and posterior-chain work lead (A8); the main lift
 * alternates squat-type and hinge-type between sessions; power sessions put the jumps first,
 * fresh, and keep a heavy lift (B22: plyometrics pair with heavy lifting, not replace it).
 */
export const defaultSlots = (ctx: SlotContext): Slot[] => {
  const upper = upperBodySlots(ctx);
  const main: Slot = {
    role: 'main',
    candidates: ctx.sessionIndex % 2 === 0 ? MAIN_KNEE : MAIN_HINGE,
    protected: true,
  };
  switch (ctx.phase) {
    case 'foundation':
      return [slot('single-leg'), slot('hinge'), slot('calf'), slot('hip'), coreSlot(), ...upper];
    case 'power':
      if (ctx.plyometricSession) {
        return [
          ...jumpSlots(CANDIDATES.plyometric),
          main,
          slot('single-leg'),
          coreSlot(),
          ...upper,
        ];
      }
      return [main, slot('single-leg'), slot('hip'), coreSlot(), ...upper];
    default:
      return [
        main,
        slot('single-leg'),
        slot('hinge'),
        slot('calf'),
        slot('hip'),
        coreSlot(),
        ...upper,
      ];
  }
};

export const SESSION_LETTERS = ['A', 'B', 'C'] as const;

export const defaultTitle = (ctx: SlotContext): string => {
  const letter = SESSION_LETTERS[ctx.sessionIndex] ?? String(ctx.sessionIndex + 1);
  const focus: Record<SlotContext['phase'], string> = {
    foundation: 'Foundation: single-leg control and form',
    strength: 'Strength: heavy and single-leg',
    power: ctx.plyometricSession ? 'Power: jumps and a heavy lift' : 'Strength: keep it heavy',
    maintenance: 'Maintenance: keep the strength',
  };
  return `${focus[ctx.phase]} (${letter})`;
};
