import type { ActivityLap } from '../activity';
import { fitTimeToIso } from './fit-time';
import { type FitTiming, fitTiming, startsWithin } from './fit-timing';
import { type FitMessage, heartRateField, nonNegativeField } from './fit-values';

/**
 * Lap messages grouped by the session they belong to: the session whose span holds the lap's
 * start and which started last before it (a leg's span can end a fraction of a second after the
 * next leg starts, when elapsed time has milliseconds). A lap with no start, or outside every
 * session, belongs to none.
 */
export function lapsBySession(
  laps: readonly FitMessage[],
  sessions: readonly FitTiming[],
): FitMessage[][] {
  const grouped = sessions.map((): FitMessage[] => []);
  for (const lap of laps) {
    const start = fitTiming(lap).start;
    if (start === null) continue;
    // Rank the sessions holding the lap: started at or before it, nearest first; then after it.
    const rank = (session: FitTiming): number => {
      const sessionStart = session.start ?? 0;
      return sessionStart <= start ? start - sessionStart : 2 ** 33 + sessionStart - start;
    };
    let chosen: number | null = null;
    sessions.forEach((session, index) => {
      const current = chosen === null ? undefined : sessions[chosen];
      if (startsWithin(start, session) && (!current || rank(session) < rank(current))) {
        chosen = index;
      }
    });
    if (chosen !== null) grouped[chosen]?.push(lap);
  }
  return grouped;
}

/** A lap as RunStrong keeps it; null when the lap has no duration to give. */
export function toActivityLap(lap: FitMessage): ActivityLap | null {
  const { start, elapsedSeconds } = fitTiming(lap);
  if (elapsedSeconds === null) return null;
  return {
    start: fitTimeToIso(start),
    elapsedSeconds,
    movingSeconds: nonNegativeField(lap, 'totalTimerTime'),
    distanceMeters: nonNegativeField(lap, 'totalDistance'),
    avgHeartRate: heartRateField(lap, 'avgHeartRate'),
    maxHeartRate: heartRateField(lap, 'maxHeartRate'),
  };
}
