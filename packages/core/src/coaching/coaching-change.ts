import type { IsoDate } from '../calendar/iso-date';

/** One thing the coach changed after the log, and why; the same words go on the session. */
export interface CoachingChange {
  sessionId: string;
  date: IsoDate;
  exerciseId?: string;
  /**
   * SPEC rule id ('B13', 'B14', 'B16', 'B17', 'B26', 'B19', 'A1', 'A4'), 'override' for the
   * runner's own choices learned, or 'gap' for the restart after two weeks or more off.
   */
  rule: string;
  /** "Goblet squat: 16 kg × 12 → 18 kg × 8", "Moved from Tuesday 5 January 2027". */
  what: string;
  /** "Every set reached 12 reps at or below RPE 8 on Tuesday 12 January 2027 (B13). …" */
  why: string;
}
