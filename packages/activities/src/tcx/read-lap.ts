import { attrOf, childOf, childrenOf, numberOf } from '../xml/nodes';
import { type Instant, parseXsdDateTime } from '../xml/xsd-datetime';
import { readTcxPoint, type TcxPoint } from './read-tcx-point';

/** What one `<Lap>` says, before it is reconciled with its neighbours and its activity. */
export interface LapReading {
  start: Instant | null;
  /** `TotalTimeSeconds`: the lap's timer time, pauses excluded. */
  timerSeconds: number | null;
  distanceMeters: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  /** One array per `<Track>`: TCX starts a new Track when the timer restarts. */
  tracks: TcxPoint[][];
}

/** Beyond these a lap value is garbage, not a very long lap: 100 days, 100 000 km. */
const MAX_LAP_SECONDS = 100 * 86_400;
const MAX_LAP_METERS = 1e8;

const within = (n: number | null, max: number): number | null =>
  n !== null && n >= 0 && n <= max ? n : null;

export function readLap(lap: unknown): LapReading {
  return {
    start: parseXsdDateTime(attrOf(lap, 'StartTime') ?? ''),
    timerSeconds: within(numberOf(childOf(lap, 'TotalTimeSeconds')), MAX_LAP_SECONDS),
    distanceMeters: within(numberOf(childOf(lap, 'DistanceMeters')), MAX_LAP_METERS),
    avgHeartRate: numberOf(childOf(childOf(lap, 'AverageHeartRateBpm'), 'Value')),
    maxHeartRate: numberOf(childOf(childOf(lap, 'MaximumHeartRateBpm'), 'Value')),
    tracks: childrenOf(lap, 'Track').map((track) =>
      childrenOf(track, 'Trackpoint').flatMap((point) => readTcxPoint(point) ?? []),
    ),
  };
}
