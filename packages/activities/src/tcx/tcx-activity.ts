import type { Activity, ActivityLap } from '../activity';
import { heartRatePair, isHeartRate, meters, seconds, summarizeTrack } from '../geo/track-summary';
import type { Instant } from '../xml/xsd-datetime';
import type { LapReading } from './read-lap';
import { reconcileLaps } from './reconcile-laps';

export interface ActivityReading {
  file: string;
  indexInFile: number;
  sport: Activity['sport'];
  /** `<Id>`, which Garmin sets to the activity's start time. */
  id: Instant | null;
  laps: readonly LapReading[];
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
/** Math.max without spreading: a day-long recording has more points than a call has arguments. */
const largest = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => Math.max(a, b));

/** Lap values when every lap gives one, else null: a partial sum would understate the total. */
function sumOfAll(values: readonly (number | null)[]): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return sum(values as number[]);
}

function heartRateFromLaps(laps: readonly ActivityLap[]): {
  avg: number | null;
  max: number | null;
} {
  const maxes = laps.map((lap) => lap.maxHeartRate).filter(isHeartRate);
  const timed = laps.filter((lap) => isHeartRate(lap.avgHeartRate));
  const weight = (lap: ActivityLap): number => lap.movingSeconds ?? lap.elapsedSeconds;
  const totalWeight = sum(timed.map(weight));
  const avg =
    totalWeight > 0
      ? sum(timed.map((lap) => (lap.avgHeartRate ?? 0) * weight(lap))) / totalWeight
      : null;
  return heartRatePair(avg, largest(maxes));
}

/**
 * One `<Activity>` reconciled from its two sources of truth, the lap summaries and the
 * trackpoints. They agree in a whole recording, but an excerpt (the Fitbit ride: laps say 2283 s
 * and 6840 m, points cover 463 s and 1.4 km; the FR305 run: lap 38:45 / 8.35 km, 19 points)
 * holds far fewer points than its laps summarise, so neither is taken blindly:
 * - start: `<Id>` as written (offset kept), else the first lap's StartTime, else the first point;
 * - elapsed: the largest of (last point − start), (last point − first point), (end of the last
 *   lap's timer time − start) and the sum of the laps' timer times; each is a lower bound of the
 *   true wall-clock time, so the largest is the best one the file supports;
 * - moving: the sum of the laps' TotalTimeSeconds, the device's own timer (pauses excluded); from
 *   the points' gaps only when a lap lacks it. Gap-guessing is worse here: the FR910XT's second
 *   run has six gaps over 30 s yet a timer only 21 s short of its elapsed time;
 * - distance: the sum of the laps' DistanceMeters, else the furthest trackpoint DistanceMeters,
 *   else haversine over positions;
 * - heart rate: the trackpoints' (mean of those that carry one, and maximum), else the laps'
 *   (timer-weighted mean of the lap averages, maximum of the lap maxima);
 * - elevation gain: from the points' AltitudeMeters, each `<Track>` a segment.
 * Returns null when the activity has neither a start nor any lap or point to measure.
 */
export function buildTcxActivity(reading: ActivityReading): Activity | null {
  const tracks = reading.laps.flatMap((lap) => lap.tracks);
  const points = summarizeTrack(tracks);
  const start =
    reading.id ?? reading.laps.find((lap) => lap.start !== null)?.start ?? points?.first ?? null;
  if (start === null) return null;
  const laps = reconcileLaps(reading.laps);
  const timers = reading.laps.map((lap) => lap.timerSeconds);
  const timerTotal = sumOfAll(timers);
  const lapEnds = reading.laps.flatMap((lap) =>
    lap.start !== null && lap.timerSeconds !== null ? [lap.start.ms + lap.timerSeconds * 1000] : [],
  );
  const bounds = [
    points === null ? null : seconds(points.last.ms - start.ms),
    points === null ? null : points.elapsedSeconds,
    lapEnds.length === 0 ? null : seconds((largest(lapEnds) ?? 0) - start.ms),
    timerTotal === null ? null : seconds(timerTotal * 1000),
  ].filter((b): b is number => b !== null);
  if (bounds.length === 0) return null;
  const elapsedSeconds = Math.max(0, ...bounds);

  const cumulative = tracks
    .flat()
    .flatMap((p) => (p.cumulativeMeters === null ? [] : [p.cumulativeMeters]));
  const lapDistance = sumOfAll(reading.laps.map((lap) => lap.distanceMeters));
  const distance = lapDistance ?? largest(cumulative) ?? points?.distanceMeters ?? null;
  const fromLaps = heartRateFromLaps(laps);
  const hasPointHeartRate = points !== null && points.avgHeartRate !== null;

  return {
    file: reading.file,
    format: 'tcx',
    indexInFile: reading.indexInFile,
    sport: reading.sport,
    subSport: null,
    start: start.iso,
    startIsDeviceRelative: false,
    elapsedSeconds,
    movingSeconds:
      timerTotal === null ? (points?.movingSeconds ?? null) : seconds(timerTotal * 1000),
    distanceMeters: distance === null ? null : meters(distance),
    elevationGainMeters: points?.elevationGainMeters ?? null,
    avgHeartRate: hasPointHeartRate ? (points?.avgHeartRate ?? null) : fromLaps.avg,
    maxHeartRate: hasPointHeartRate ? (points?.maxHeartRate ?? null) : fromLaps.max,
    laps,
    hasGps: points?.hasGps ?? false,
  };
}
