/**
 * The activities API's answers, as the Runs screen reads them (GET /api/activities, POST
 * /api/activities, GET /api/activities/running-week). Written out here, not imported: the web app
 * talks to the server only over HTTP.
 */

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type DayRun = 'rest' | 'easy' | 'quality' | 'long' | 'race';
export type RunningWeek = Record<Weekday, DayRun>;

export type RunKind = 'easy' | 'quality' | 'long';

export interface Classification {
  kind: RunKind;
  race: boolean;
  reasons: string[];
}

export interface ActivityLap {
  start: string | null;
  elapsedSeconds: number;
  movingSeconds: number | null;
  distanceMeters: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
}

export interface ActivityDto {
  id: string;
  file: string;
  format: string;
  sport: string;
  subSport: string | null;
  /** ISO-8601 with an offset; null when the device's clock was not set. */
  start: string | null;
  startIsDeviceRelative: boolean;
  elapsedSeconds: number;
  movingSeconds: number | null;
  distanceMeters: number | null;
  elevationGainMeters: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  laps: ActivityLap[];
  hasGps: boolean;
  importedAt: string;
  /** Null for sports other than running. */
  classification: Classification | null;
}

/** Why one file gave nothing (or only part), by a stable code. */
export interface ImportProblem {
  file: string;
  code: string;
  message: string;
}

export type SignalKind = 'long-run-moved' | 'race' | 'volume-jump';

export interface AdaptationSignal {
  kind: SignalKind;
  evidence: string;
}

/** POST /api/activities, 200. */
export interface ImportResult {
  imported: ActivityDto[];
  alreadyStored: number;
  duplicatesMerged: number;
  problems: ImportProblem[];
  adaptation: { signals: AdaptationSignal[]; changes: unknown[] };
}

export interface RunningWeekSuggestion {
  runningWeek: RunningWeek;
  weeksSeen: number;
  evidence: string[];
}

/** GET /api/activities/running-week */
export interface RunningWeekAnswer {
  suggestion: RunningWeekSuggestion | null;
  current: RunningWeek | null;
  differs: boolean;
}
