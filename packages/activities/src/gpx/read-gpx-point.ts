import { isElevation } from '../geo/elevation-gain';
import type { TrackPoint } from '../geo/track-summary';
import { attrOf, childOf, childrenOf, isNode, numberFrom, numberOf, textOf } from '../xml/nodes';
import { parseXsdDateTime } from '../xml/xsd-datetime';

/** Element names (namespace prefix removed, any case) that carry heart rate in GPX extensions. */
const HEART_RATE_NAMES = new Set(['hr', 'heartrate']);

/**
 * Heart rate from a point's `<extensions>` (there may be several, as Apple Watch writes): Garmin's
 * `TrackPointExtension/hr` whatever prefix the file binds it to (`gpxtpx:`, `ns3:`, none), and the
 * bare `<heartrate>` a few apps write. Searched a few levels deep, first match wins.
 */
export function heartRateIn(extensions: readonly unknown[], depth = 3): number | null {
  for (const node of extensions) {
    if (!isNode(node)) continue;
    for (const key of Object.keys(node)) {
      if (HEART_RATE_NAMES.has(key.toLowerCase())) {
        const bpm = numberOf(childOf(node, key));
        if (bpm !== null) return bpm;
      }
    }
    if (depth > 0) {
      for (const key of Object.keys(node)) {
        if (key.startsWith('@_') || key === '#text') continue;
        const found = heartRateIn(childrenOf(node, key), depth - 1);
        if (found !== null) return found;
      }
    }
  }
  return null;
}

/** A `<trkpt>` as a timed sample, or null when it has no readable `<time>`. */
export function readGpxPoint(trkpt: unknown): TrackPoint | null {
  const time = parseXsdDateTime(textOf(childOf(trkpt, 'time')) ?? '');
  if (time === null) return null;
  const elevation = numberOf(childOf(trkpt, 'ele'));
  return {
    time,
    lat: numberFrom(attrOf(trkpt, 'lat')),
    lon: numberFrom(attrOf(trkpt, 'lon')),
    elevation: isElevation(elevation) ? elevation : null,
    heartRate: heartRateIn(childrenOf(trkpt, 'extensions')),
  };
}
