import type { Weekday } from '../calendar/weekday';
import type { EquipmentKind } from '../catalogue/equipment';
import type { LoadPreference } from '../prescription/choose-load';
import type { LoadingPhase } from '../prescription/dose';
import type { Slot } from '../prescription/slot';

export interface SlotContext {
  phase: LoadingPhase;
  /** Position of the session in its week, 0-based. */
  sessionIndex: number;
  sessionCount: number;
  weekInPhase: number;
  phaseLength: number;
  /** Plan week, 1-based: fixed programmes rotate their sessions through the weeks. */
  weekIndex: number;
  /** This session carries the week's jumps (B20: at most two such sessions a week). */
  plyometricSession: boolean;
}

/**
 * A built-in programme is a template: slots and preferences, free of any runner's equipment,
 * days and history. `generatePlan` resolves it against the runner.
 */
export interface Programme {
  id: string;
  name: string;
  summary: string;
  /** Where the programme comes from: the seed article's section or the research. */
  source: string;
  loadPreference: LoadPreference;
  /** Days the template was written for; the scheduler keeps them when the rules allow. */
  preferredWeekdays?: readonly Weekday[];
  /** Equipment the programme is built around; without it the plan says what stands in. */
  builtAround?: readonly EquipmentKind[];
  /** Sessions a week that carry plyometrics in the power phase. */
  plyometricSessionsPerWeek: number;
  /** Adds A7's prevention work for every injury area, declared or not. */
  preventionForAll: boolean;
  titleFor: (ctx: SlotContext) => string;
  slotsFor: (ctx: SlotContext) => Slot[];
}
