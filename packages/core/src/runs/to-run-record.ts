import type { RunRecord } from './run-record';

/**
 * What any recorded activity summary carries that the coach reads. packages/activities'
 * `Activity` has this shape (and more), so the server and the CLI map theirs the same way
 * without the core importing them.
 */
export interface ActivitySummary {
  start: string | null;
  sport: string;
  elapsedSeconds: number;
  movingSeconds: number | null;
  distanceMeters: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  laps: readonly {
    elapsedSeconds: number;
    distanceMeters: number | null;
    avgHeartRate: number | null;
  }[];
}

/** The coach's record of an activity; undefined when its clock was device-relative (no day). */
export const toRunRecord = (
  id: string,
  activity: ActivitySummary,
  rpe: number | null = null,
): RunRecord | undefined =>
  activity.start === null
    ? undefined
    : {
        id,
        start: activity.start,
        sport: activity.sport,
        elapsedSeconds: activity.elapsedSeconds,
        movingSeconds: activity.movingSeconds,
        distanceMeters: activity.distanceMeters,
        avgHeartRate: activity.avgHeartRate,
        maxHeartRate: activity.maxHeartRate,
        laps: activity.laps.map((lap) => ({
          elapsedSeconds: lap.elapsedSeconds,
          distanceMeters: lap.distanceMeters,
          avgHeartRate: lap.avgHeartRate,
        })),
        rpe,
      };
