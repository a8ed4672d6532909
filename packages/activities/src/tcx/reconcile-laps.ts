import type { ActivityLap } from '../activity';
import { heartRatePair, isHeartRate, meters, seconds, summarizeTrack } from '../geo/track-summary';
import type { LapReading } from './read-lap';

/**
 * The activity's laps as RunStrong records them.
 * - start: the lap's `StartTime` as written (else its first trackpoint's time);
 * - moving: `TotalTimeSeconds`, the lap's timer time;
 * - elapsed: wall-clock, i.e. up to the next lap's start, or for the last lap up to its last
 *   trackpoint; never less than the timer time (lap starts are whole seconds, timer times are
 *   not, and an excerpt may hold fewer points than its lap covers);
 * - distance: `DistanceMeters`;
 * - heart rate: the lap's `AverageHeartRateBpm`/`MaximumHeartRateBpm`, or when the lap does not
 *   give them, its trackpoints' (Fitbit writes HR on points only).
 */
export function reconcileLaps(laps: readonly LapReading[]): ActivityLap[] {
  return laps.map((lap, i) => {
    const points = summarizeTrack(lap.tracks);
    const startMs = lap.start?.ms ?? points?.first.ms ?? null;
    const nextStart = laps[i + 1]?.start?.ms ?? null;
    const endMs = nextStart ?? points?.last.ms ?? null;
    const wallClock = startMs !== null && endMs !== null && endMs >= startMs ? endMs - startMs : 0;
    const timer = lap.timerSeconds;
    const hr = heartRatePair(
      isHeartRate(lap.avgHeartRate) ? lap.avgHeartRate : (points?.avgHeartRate ?? null),
      isHeartRate(lap.maxHeartRate) ? lap.maxHeartRate : (points?.maxHeartRate ?? null),
    );
    return {
      start: lap.start?.iso ?? points?.first.iso ?? null,
      elapsedSeconds: Math.max(seconds(wallClock), timer ?? 0),
      movingSeconds: timer,
      distanceMeters: lap.distanceMeters === null ? null : meters(lap.distanceMeters),
      avgHeartRate: hr.avg,
      maxHeartRate: hr.max,
    };
  });
}
