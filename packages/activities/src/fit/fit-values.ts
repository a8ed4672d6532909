/**
 * Reading decoded FIT fields defensively. The SDK hands back whatever the bytes said: a damaged
 * definition can turn a number into an array or drop a field, so every read checks its type.
 */
export type FitMessage = Readonly<Record<string, unknown>>;

/** A finite number, or null when the field is absent or not a single number. */
export function numberField(message: FitMessage, key: string): number | null {
  const value = message[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A number that must be zero or more (distances, durations); anything else is null. */
export function nonNegativeField(message: FitMessage, key: string): number | null {
  const value = numberField(message, key);
  return value !== null && value >= 0 ? value : null;
}

/**
 * A heart rate in beats per minute: a whole number in the FIT profile's uint8 range, 1 to 254, or
 * null (devices write 0 for "none"; a damaged definition can make it a float or an array).
 */
export function heartRateField(message: FitMessage, key: string): number | null {
  const value = numberField(message, key);
  return value !== null && Number.isInteger(value) && value > 0 && value < 255 ? value : null;
}

export function stringField(message: FitMessage, key: string): string | null {
  const value = message[key];
  return typeof value === 'string' ? value : null;
}

/** The messages the SDK grouped under `key` (e.g. 'sessionMesgs'), keeping only objects. */
export function messageList(messages: unknown, key: string): FitMessage[] {
  if (typeof messages !== 'object' || messages === null) return [];
  const list: unknown = (messages as Record<string, unknown>)[key];
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item): item is FitMessage => typeof item === 'object' && item !== null && !Array.isArray(item),
  );
}
