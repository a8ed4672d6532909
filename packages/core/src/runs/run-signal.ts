import type { IsoDate } from '../calendar/iso-date';
import type { Weekday } from '../calendar/weekday';

/** What the imported runs say changed in the runner's week. */
export type RunSignal =
  | { kind: 'long-run-moved'; from: Weekday; to: Weekday; evidence: string }
  | { kind: 'race'; runId: string; date: IsoDate; evidence: string }
  | {
      kind: 'volume-jump';
      lastWeekKm: number;
      typicalKm: number;
      /** The rise as a fraction: 0.35 is 35 % more than typical. */
      rise: number;
      evidence: string;
    };

export type LongRunMoved = Extract<RunSignal, { kind: 'long-run-moved' }>;
export type RaceRun = Extract<RunSignal, { kind: 'race' }>;
export type VolumeJump = Extract<RunSignal, { kind: 'volume-jump' }>;
