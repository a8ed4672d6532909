import { type FitMessage, numberField, stringField } from './fit-values';

const TIMER_STOPS = new Set(['stop', 'stopAll', 'stopDisable', 'stopDisableAll']);

/**
 * Seconds the device's timer ran between `from` and `to` (raw FIT seconds), from its timer
 * start/stop events; a timer still running at the end runs to `to`. Null when the file has no
 * timer events, so pauses cannot be told apart from moving.
 */
export function timerSeconds(
  events: readonly FitMessage[],
  from: number,
  to: number,
): number | null {
  let total = 0;
  let runningSince: number | null = null;
  /** Time counted so far reaches here: events out of order must not count a second twice. */
  let countedUntil = from;
  let sawTimer = false;
  for (const event of events) {
    const time = numberField(event, 'timestamp');
    if (stringField(event, 'event') !== 'timer' || time === null) continue;
    sawTimer = true;
    const clipped = Math.min(Math.max(time, countedUntil), to);
    const type = stringField(event, 'eventType');
    if (type === 'start') {
      runningSince ??= clipped;
    } else if (type !== null && TIMER_STOPS.has(type) && runningSince !== null) {
      total += clipped - runningSince;
      countedUntil = clipped;
      runningSince = null;
    }
  }
  if (!sawTimer) return null;
  if (runningSince !== null) total += to - runningSince;
  return total;
}
