import { isElevation } from '../geo/elevation-gain';
import type { TrackPoint } from '../geo/track-summary';
import { childOf, numberOf, textOf } from '../xml/nodes';
import { parseXsdDateTime } from '../xml/xsd-datetime';

/** A TCX trackpoint: a timed sample plus the device's running distance, when it wrote one. */
export interface TcxPoint extends TrackPoint {
  cumulativeMeters: number | null;
}

/** A `<Trackpoint>`, or null when its `<Time>` is missing or unreadable. */
export function readTcxPoint(trackpoint: unknown): TcxPoint | null {
  const time = parseXsdDateTime(textOf(childOf(trackpoint, 'Time')) ?? '');
  if (time === null) return null;
  const position = childOf(trackpoint, 'Position');
  const elevation = numberOf(childOf(trackpoint, 'AltitudeMeters'));
  const cumulative = numberOf(childOf(trackpoint, 'DistanceMeters'));
  return {
    time,
    lat: numberOf(childOf(position, 'LatitudeDegrees')),
    lon: numberOf(childOf(position, 'LongitudeDegrees')),
    elevation: isElevation(elevation) ? elevation : null,
    heartRate: numberOf(childOf(childOf(trackpoint, 'HeartRateBpm'), 'Value')),
    cumulativeMeters:
      cumulative !== null && cumulative >= 0 && cumulative <= 1e8 ? cumulative : null,
  };
}
