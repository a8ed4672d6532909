import type { Activity } from '../activity';
import { toActivityLap } from './fit-laps';
import { hasPositionBetween } from './fit-records';
import { toSport, toSubSport } from './fit-sport';
import { fitTimeToIso, isDeviceRelative } from './fit-time';
import type { FitTiming } from './fit-timing';
import { type FitMessage, heartRateField, nonNegativeField } from './fit-values';

export interface SessionInput {
  file: string;
  /** The session's position among the file's sessions, from 0. */
  indexInFile: number;
  session: FitMessage;
  timing: FitTiming;
  /** The laps that started within the session. */
  laps: readonly FitMessage[];
  /** All records of the file; those within the session's span are looked at. */
  records: readonly FitMessage[];
  /** The file's `sport` message for this session, used when the session names no sport. */
  sportMessage: FitMessage | null;
}

/**
 * One FIT session as an activity, from the totals the device wrote in it. Null when the session
 * has no duration at all (no elapsed time, no start and end to take it from).
 */
export function sessionToActivity(input: SessionInput): Activity | null {
  const { session, timing, sportMessage } = input;
  if (timing.elapsedSeconds === null) return null;
  const start = timing.start;
  const elapsedSeconds = timing.elapsedSeconds;
  const movingSeconds = nonNegativeField(session, 'totalTimerTime');
  let avgHeartRate = heartRateField(session, 'avgHeartRate');
  let maxHeartRate = heartRateField(session, 'maxHeartRate');
  // A summary that contradicts itself (damaged bytes) keeps neither side of the contradiction.
  if (avgHeartRate !== null && maxHeartRate !== null && avgHeartRate > maxHeartRate) {
    avgHeartRate = null;
    maxHeartRate = null;
  }
  return {
    file: input.file,
    format: 'fit',
    indexInFile: input.indexInFile,
    sport: toSport(session.sport ?? sportMessage?.sport),
    subSport: toSubSport(session.subSport ?? sportMessage?.subSport),
    start: fitTimeToIso(start),
    startIsDeviceRelative: start !== null && isDeviceRelative(start),
    elapsedSeconds,
    // Timer time over elapsed time: elapsed is required, so timer time goes.
    movingSeconds: movingSeconds !== null && movingSeconds <= elapsedSeconds ? movingSeconds : null,
    distanceMeters: nonNegativeField(session, 'totalDistance'),
    elevationGainMeters: nonNegativeField(session, 'totalAscent'),
    avgHeartRate,
    maxHeartRate,
    laps: input.laps.flatMap((lap) => toActivityLap(lap) ?? []),
    hasGps:
      start !== null &&
      timing.end !== null &&
      hasPositionBetween(input.records, start - 1, timing.end),
  };
}
