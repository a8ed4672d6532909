import { median } from './median';
import type { RunLap } from './run-record';
import { formatPace } from './run-wording';

/**
 * Laps shorter than this are a lap button pressed twice or a GPS jump, not a repetition; a
 * 100 m stride at 5 km pace still takes longer.
 */
export const MIN_LAP_SECONDS = 15;
/** Work and recovery need at least three laps to alternate. */
export const MIN_STRUCTURED_LAPS = 3;
/**
 * How far a lap's pace must stray from the run's median lap pace to count as work (faster) or
 * recovery (slower). 10 % is about 30 s/km at easy pace: beyond the drift of an even run's
 * auto-laps over hills and GPS error, well inside the gap between reps and jogs.
 */
export const LAP_PACE_SPREAD = 0.1;
/** Two fast laps: a single surge is not a session. */
export const MIN_FAST_LAPS = 2;

export interface LapStructure {
  /** Laps with a distance and at least MIN_LAP_SECONDS. */
  laps: number;
  fast: number;
  slow: number;
  /** Seconds per km; undefined when the laps give no pace. */
  medianPace: number | undefined;
  /** Fast laps with slower laps between them: work and recovery, a quality session. */
  structured: boolean;
}

/**
 * Whether the laps show work and recovery: at least two laps 10 % faster than the median, with a
 * slower lap between two of them. Not "some laps slower than the median too": in a real interval
 * session (800 m reps, 400 m jogs, a 2-mile warm-up) the jogs and warm-up are the median, so
 * nothing is 10 % slower than it. A fast finish (the last laps fast, one after another) is a
 * progression run, not reps. Speeds rather than paces are compared so a standing recovery (no
 * distance covered) is simply the slowest lap instead of an infinite pace; an even run's
 * auto-laps all sit near the median and never count.
 */
export const lapStructure = (laps: readonly RunLap[]): LapStructure => {
  const speeds = laps
    .filter((lap) => lap.distanceMeters !== null && lap.elapsedSeconds >= MIN_LAP_SECONDS)
    .map((lap) => (lap.distanceMeters ?? 0) / lap.elapsedSeconds);
  const middle = median(speeds);
  if (middle === undefined || middle <= 0) {
    return { laps: speeds.length, fast: 0, slow: 0, medianPace: undefined, structured: false };
  }
  // Pace 10 % faster is speed ÷ 0.9; pace 10 % slower is speed ÷ 1.1.
  const fastAt = speeds.flatMap((s, i) => (s >= middle / (1 - LAP_PACE_SPREAD) ? [i] : []));
  const slow = speeds.filter((s) => s <= middle / (1 + LAP_PACE_SPREAD)).length;
  const separated = fastAt.some((at, k) => k > 0 && at - (fastAt[k - 1] ?? at) > 1);
  return {
    laps: speeds.length,
    fast: fastAt.length,
    slow,
    medianPace: 1000 / middle,
    structured: speeds.length >= MIN_STRUCTURED_LAPS && fastAt.length >= MIN_FAST_LAPS && separated,
  };
};

export const describeLapStructure = (structure: LapStructure): string =>
  `Lap structure: ${structure.fast} laps at least ${LAP_PACE_SPREAD * 100} % faster than the run's median lap pace (${formatPace(structure.medianPace ?? 0)}), with slower laps between them: work and recovery.`;
