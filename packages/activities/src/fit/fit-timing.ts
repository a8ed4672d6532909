import { type FitMessage, nonNegativeField } from './fit-values';

/**
 * When a session or lap ran, in raw FIT seconds (absolute or device-relative alike, so spans from
 * the same file compare). FIT writes `start_time` and `total_elapsed_time`, and `timestamp` at the
 * end; a missing one is worked out from the other two, never guessed.
 */
export interface FitTiming {
  start: number | null;
  elapsedSeconds: number | null;
  /** The later of start + elapsed and the closing timestamp. */
  end: number | null;
}

export function fitTiming(message: FitMessage): FitTiming {
  const startTime = nonNegativeField(message, 'startTime');
  const timestamp = nonNegativeField(message, 'timestamp');
  const elapsedSeconds =
    nonNegativeField(message, 'totalElapsedTime') ??
    (startTime !== null && timestamp !== null && timestamp >= startTime
      ? timestamp - startTime
      : null);
  const start =
    startTime ??
    (timestamp !== null && elapsedSeconds !== null && timestamp >= elapsedSeconds
      ? timestamp - elapsedSeconds
      : null);
  const end =
    start !== null && elapsedSeconds !== null
      ? Math.max(start + elapsedSeconds, timestamp ?? 0)
      : timestamp;
  return { start, elapsedSeconds, end };
}

/** FIT times are whole seconds, and a lap may be stamped a second before its session. */
const START_TOLERANCE_SECONDS = 1;

/** Whether `time` falls in the span [start, end): a lap that starts as a leg ends is the next leg's. */
export function startsWithin(time: number, timing: FitTiming): boolean {
  if (timing.start === null || timing.end === null) return false;
  return (
    time >= timing.start - START_TOLERANCE_SECONDS && time < Math.max(timing.end, timing.start + 1)
  );
}
