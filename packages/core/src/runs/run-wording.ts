/**
 * Numbers as the runner reads them in a reason: "24.1 km", "1 h 35 min", "4:05/km", "1.8×".
 * Kilometres throughout, like the running logs the runs came from.
 */
export const formatKm = (km: number): string => `${km.toFixed(1)} km`;

export const formatMinutes = (minutes: number): string => {
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} min`;
  const rest = whole % 60;
  return rest === 0 ? `${Math.floor(whole / 60)} h` : `${Math.floor(whole / 60)} h ${rest} min`;
};

/** Seconds per kilometre as minutes:seconds. */
export const formatPace = (secondsPerKm: number): string => {
  const total = Math.round(secondsPerKm);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}/km`;
};

export const formatRatio = (ratio: number): string => `${ratio.toFixed(1)}×`;

/** A rise or difference as a whole percentage: 0.07 → "7 %". */
export const formatPercent = (fraction: number): string => `${Math.round(fraction * 100)} %`;
