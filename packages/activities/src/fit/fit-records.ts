import { type FitMessage, numberField } from './fit-values';

/** Whether a record holds a GPS fix (SDK nulls invalid positions; 0,0 is an unset receiver). */
export function hasPosition(record: FitMessage): boolean {
  const lat = numberField(record, 'positionLat');
  const long = numberField(record, 'positionLong');
  return lat !== null && long !== null && !(lat === 0 && long === 0);
}

/** Whether any record stamped between `start` and `end` (raw FIT seconds, inclusive) has a fix. */
export function hasPositionBetween(
  records: readonly FitMessage[],
  start: number,
  end: number,
): boolean {
  return records.some((record) => {
    const time = numberField(record, 'timestamp');
    return time !== null && time >= start && time <= end && hasPosition(record);
  });
}
