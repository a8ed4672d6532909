import type { Instant } from '../xml/xsd-datetime';
import { elevationGainMeters } from './elevation-gain';
import { haversineMeters, isPosition } from './haversine';

/** One timed sample of a GPX `<trkpt>` or TCX `<Trackpoint>`. */
export interface TrackPoint {
  time: Instant;
  lat: number | null;
  lon: number | null;
  elevation: number | null;
  heartRate: number | null;
}

/** A stretch of continuous recording: a GPX `<trkseg>`, a TCX `<Track>`. */
export type TrackSegment = readonly TrackPoint[];

export interface TrackSummary {
  /** The earliest point (the first one, in any sane file). */
  first: Instant;
  last: Instant;
  elapsedSeconds: number;
  movingSeconds: number;
  /** Null when no two consecutive points of a segment both have a position. */
  distanceMeters: number | null;
  elevationGainMeters: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  hasGps: boolean;
}

/**
 * A gap between consecutive points longer than this is a pause, not movement. 1 Hz recording
 * never gaps, and Garmin's smart recording writes a point at least every few seconds while the
 * athlete moves (the longest gap in the Garmin Connect fixture apart from its two pauses is 20 s),
 * whereas a stop at a crossing or a timer pause lasts longer (52 s, 106 s and 140 s in the
 * fixtures). 30 s is also what SOURCES.md counts as a pause.
 */
export const PAUSE_GAP_SECONDS = 30;

/**
 * A heart rate a human can have. 0 is what some devices write when the strap lost contact, and
 * 255 is the "no value" of FIT's uint8, which some converters carry over.
 */
export const isHeartRate = (bpm: number | null): bpm is number =>
  bpm !== null && bpm >= 1 && bpm < 255;

/**
 * Average and maximum heart rate as whole bpm, or both null when they cannot both be true (an
 * average above the maximum means one of them is garbage, and we cannot tell which).
 */
export function heartRatePair(
  avg: number | null,
  max: number | null,
): { avg: number | null; max: number | null } {
  const a = isHeartRate(avg) ? Math.round(avg) : null;
  const m = isHeartRate(max) ? Math.round(max) : null;
  return a !== null && m !== null && a > m ? { avg: null, max: null } : { avg: a, max: m };
}

const roundTo = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

/** Seconds to the millisecond, metres to the centimetre: no float noise, nothing hidden. */
export const seconds = (ms: number): number => roundTo(ms / 1000, 3);
export const meters = (value: number): number => roundTo(value, 2);

/**
 * Summarises recorded segments the way the brief defines it:
 * - elapsed: latest − earliest point;
 * - moving: the sum of the steps between consecutive points of one segment that are at most
 *   PAUSE_GAP_SECONDS long (longer steps and the time between segments are pauses);
 * - distance: haversine between consecutive positioned points of one segment, pauses included
 *   (the athlete did get from one point to the next), the jump between segments excluded;
 * - heart rate: the plain mean and the maximum of the points that carry one (mean rounded to a
 *   whole bpm, as devices report it).
 * Returns null when there is no point at all.
 */
export function summarizeTrack(segments: readonly TrackSegment[]): TrackSummary | null {
  let first: Instant | null = null;
  let last: Instant | null = null;
  let movingMs = 0;
  let distance = 0;
  let measuredDistance = false;
  let hasGps = false;
  let hrSum = 0;
  let hrCount = 0;
  let hrMax = 0;
  const elevations: number[][] = [];
  for (const segment of segments) {
    const segmentElevations: number[] = [];
    let previous: TrackPoint | null = null;
    let previousPositioned: TrackPoint | null = null;
    for (const point of segment) {
      if (first === null || point.time.ms < first.ms) first = point.time;
      if (last === null || point.time.ms > last.ms) last = point.time;
      if (previous !== null) {
        const step = point.time.ms - previous.time.ms;
        if (step > 0 && step <= PAUSE_GAP_SECONDS * 1000) movingMs += step;
      }
      previous = point;
      if (isPosition(point.lat, point.lon)) {
        hasGps = true;
        if (previousPositioned !== null) {
          distance += haversineMeters(
            previousPositioned.lat ?? 0,
            previousPositioned.lon ?? 0,
            point.lat ?? 0,
            point.lon ?? 0,
          );
          measuredDistance = true;
        }
        previousPositioned = point;
      }
      if (point.elevation !== null) segmentElevations.push(point.elevation);
      if (isHeartRate(point.heartRate)) {
        hrSum += point.heartRate;
        hrCount += 1;
        hrMax = Math.max(hrMax, point.heartRate);
      }
    }
    elevations.push(segmentElevations);
  }
  if (first === null || last === null) return null;
  const gain = elevationGainMeters(elevations);
  return {
    first,
    last,
    elapsedSeconds: seconds(last.ms - first.ms),
    // Capped for files whose clock runs backwards and forwards: moving never exceeds elapsed.
    movingSeconds: seconds(Math.min(movingMs, last.ms - first.ms)),
    distanceMeters: measuredDistance ? meters(distance) : null,
    elevationGainMeters: gain === null ? null : roundTo(gain, 1),
    avgHeartRate: hrCount > 0 ? Math.round(hrSum / hrCount) : null,
    maxHeartRate: hrCount > 0 ? Math.round(hrMax) : null,
    hasGps,
  };
}
