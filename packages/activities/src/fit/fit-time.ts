/**
 * FIT date_time values: seconds since 1989-12-31T00:00:00Z, except that values below 0x10000000
 * are "system time", seconds since the device powered on, which carry no date at all.
 */
const FIT_EPOCH_UNIX_SECONDS = 631_065_600;
const SYSTEM_TIME_LIMIT = 0x10000000;

/** Whether a FIT date_time counts from the device's power-on rather than from the FIT epoch. */
export function isDeviceRelative(fitSeconds: number): boolean {
  return fitSeconds < SYSTEM_TIME_LIMIT;
}

/** ISO-8601 UTC (`...Z`) for an absolute FIT date_time; null for system time or a non-time. */
export function fitTimeToIso(fitSeconds: number | null): string | null {
  if (fitSeconds === null || !Number.isFinite(fitSeconds) || isDeviceRelative(fitSeconds)) {
    return null;
  }
  return new Date((fitSeconds + FIT_EPOCH_UNIX_SECONDS) * 1000).toISOString();
}
