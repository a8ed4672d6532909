/**
 * A session is a list of slots, each a job to do (a single-leg knee exercise, a hinge, core…)
 * with candidate exercises in order of preference. Programmes differ by their slots and
 * preferences; resolving them against the runner's equipment happens later (the plan is not
 * the runner).
 */
export const SLOT_ROLES = [
  'plyometric',
  'main',
  'single-leg',
  'hinge',
  'calf',
  'hip',
  'injury',
  'drill',
  'core',
  'push',
  'pull',
] as const;
export type SlotRole = (typeof SLOT_ROLES)[number];

export interface Slot {
  role: SlotRole;
  candidates: readonly string[];
  /** Kept when a session is trimmed to fit its minutes (A9 core and upper body, injury work). */
  protected?: boolean;
  /** A protocol's own dose, which the phase must not change (B24–B31). */
  fixedDose?: FixedDose;
  /** Why the slot is there, shown to the runner. */
  note?: string;
}

export interface FixedDose {
  sets: number;
  reps?: number;
  seconds?: number;
  repRange?: [number, number];
  repsBySet?: number[];
  note?: string;
}
