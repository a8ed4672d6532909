import type { Activity } from '../activity';
import { hasPosition } from './fit-records';
import { toSport, toSubSport } from './fit-sport';
import { fitTimeToIso, isDeviceRelative } from './fit-time';
import { type FitMessage, nonNegativeField, numberField } from './fit-values';
import { timerSeconds } from './timer-time';

export interface RecordsInput {
  file: string;
  records: readonly FitMessage[];
  events: readonly FitMessage[];
  sportMessage: FitMessage | null;
}

export type RecordsSummary =
  | { ok: true; activity: Activity; sampleCount: number }
  | { ok: false; reason: string };

/** Longer than any one activity: sample times spanning more are a damaged clock, not a workout. */
const MAX_SPAN_SECONDS = 7 * 24 * 60 * 60;

/**
 * An activity summarised from the samples of a file that never got its session summary (the
 * device stopped before writing it). Only what the samples state: start and end times, the last
 * cumulative distance, timer time from timer events, GPS presence. Heart-rate averages, ascent
 * and laps are left out: the device never wrote them, and working them out would be a guess.
 */
export function recordsToActivity(input: RecordsInput): RecordsSummary {
  const times = input.records.flatMap((record) => numberField(record, 'timestamp') ?? []);
  const first = times[0];
  const last = times.at(-1);
  if (first === undefined || last === undefined || times.length < 2) {
    return { ok: false, reason: 'it has fewer than two timed samples' };
  }
  if (times.some((time, index) => index > 0 && time < (times[index - 1] ?? time))) {
    return { ok: false, reason: 'its sample times go backwards' };
  }
  if (last - first > MAX_SPAN_SECONDS) {
    return { ok: false, reason: 'its sample times span more than a week' };
  }
  if (last === first) return { ok: false, reason: 'its samples all share one time' };

  const lastDistance = input.records.findLast(
    (record) => nonNegativeField(record, 'distance') !== null,
  );
  const firstRecord = input.records[0];
  const fitSport = input.sportMessage?.sport ?? firstRecord?.activityType;
  const activity: Activity = {
    file: input.file,
    format: 'fit',
    indexInFile: 0,
    sport: toSport(fitSport),
    subSport: toSubSport(input.sportMessage?.subSport),
    start: fitTimeToIso(first),
    startIsDeviceRelative: isDeviceRelative(first),
    elapsedSeconds: last - first,
    movingSeconds: timerSeconds(input.events, first, last),
    distanceMeters: lastDistance ? nonNegativeField(lastDistance, 'distance') : null,
    elevationGainMeters: null,
    avgHeartRate: null,
    maxHeartRate: null,
    laps: [],
    hasGps: input.records.some(hasPosition),
  };
  return { ok: true, activity, sampleCount: times.length };
}
