import type { DoseContext } from './dose-context';
import type { ExerciseHistory } from './exercise-history';
import type { LearnedSwaps } from './learned-swaps';
import type { OneRepMaxEstimate } from './one-rep-max-prescription';

/** Everything the coach knows on the day it coaches a session. */
export interface SessionCoachContext extends Omit<DoseContext, 'phase' | 'exclude'> {
  history: ExerciseHistory;
  swaps: LearnedSwaps;
  oneRepMax: ReadonlyMap<string, OneRepMaxEstimate>;
  warmUpMinutes: number;
}

export interface SessionChange {
  exerciseId?: string;
  rule: string;
  what: string;
  why: string;
}
