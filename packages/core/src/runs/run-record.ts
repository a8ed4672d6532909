import { type IsoDate, isValidIsoDate } from '../calendar/iso-date';

/**
 * The core's own record of a run. The core cannot import packages/activities (arrows point into
 * the core), so the server maps its activities onto this shape.
 */
export interface RunLap {
  elapsedSeconds: number;
  distanceMeters: number | null;
  avgHeartRate: number | null;
}

export interface RunRecord {
  id: string;
  /** ISO-8601 with offset; the weekday/date is the local date as written (first 10 chars). */
  start: string;
  /** 'running' is classified; other sports are left out of the running week and its load. */
  sport: string;
  elapsedSeconds: number;
  movingSeconds: number | null;
  distanceMeters: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  laps: RunLap[];
  /** The runner's own session RPE (CR-10), when they gave one. */
  rpe?: number | null;
}

export type RunKind = 'easy' | 'quality' | 'long';

export interface RunClassification {
  runId: string;
  kind: RunKind;
  /** A race-distance effort run hard; a race is 'quality' unless it is also the week's long run. */
  race: boolean;
  /** One plain-English sentence per fact that decided the kind. */
  reasons: string[];
}

/** A ride or a swim is not part of the running week and carries no running load. */
export const isRunning = (run: RunRecord): boolean => run.sport === 'running';

/**
 * The date the runner lived the run on: the local date as the file wrote it, never converted to
 * UTC, so an early-morning run in Sydney stays on its own day. Undefined when unreadable.
 */
export const runDate = (run: RunRecord): IsoDate | undefined => {
  const date = run.start.slice(0, 10);
  return isValidIsoDate(date) ? (date as IsoDate) : undefined;
};

/** Moving time when the file knows it (pauses left out), else elapsed; undefined when neither. */
export const runMinutes = (run: RunRecord): number | undefined => {
  const seconds = run.movingSeconds ?? run.elapsedSeconds;
  return seconds > 0 ? seconds / 60 : undefined;
};

export const runKm = (run: RunRecord): number | undefined =>
  run.distanceMeters !== null && run.distanceMeters > 0 ? run.distanceMeters / 1000 : undefined;

/** Seconds per kilometre, when both distance and time are known. */
export const runPace = (run: RunRecord): number | undefined => {
  const km = runKm(run);
  const minutes = runMinutes(run);
  return km !== undefined && minutes !== undefined ? (minutes * 60) / km : undefined;
};
