import type { EquipmentKind } from '../catalogue/equipment';
import type { Exercise } from '../catalogue/exercise.schema';
import type { Load, Phase } from '../plan/plan.schema';
import type { LoadPreference } from '../prescription/choose-load';
import type { Units } from '../present/format-units';
import type { RunnerProfile } from '../profile/profile.schema';
import { MIN_TARGET_RPE } from '../progression/rpe';

/** An exercise prescribed without an RPE is taken at B16's lowest target. */
export const DEFAULT_TARGET_RPE = MIN_TARGET_RPE;

export interface DoseContext {
  profile: RunnerProfile;
  owned: ReadonlySet<EquipmentKind>;
  units: Units;
  preference: LoadPreference;
  /** The phase of the week the prescription is for. */
  phase: Phase;
  /** Days since the runner's last logged session, as of the day coached. */
  daysSinceLastLog: number | undefined;
  /** Exercises already in the session: a harder variation is never one of them. */
  exclude: ReadonlySet<string>;
  /** Whether the runner's last go at an exercise hurt above 5/10. */
  hurt: (exerciseId: string) => boolean;
}

/** A dose the coach worked out: an amount (reps or seconds) and a load, with the reason. */
export interface Dose {
  amount: number;
  load: Load;
  rule: string;
  why: string;
  /** A harder variation takes the exercise's place (A4). */
  replaceWith?: Exercise;
  /** The last session earned a step forward: successful, pain-free, not skipped or cut. */
  mayProgress?: boolean;
}

export interface NextDose extends Dose {
  /** What the runner did last time, the base of the step: their own load, if they chose one. */
  base: { amount: number; load: Load; performedOn: string; prescribedLoad: Load };
  unit: 'reps' | 'seconds';
}
