/**
 * Where each value sits in a Strava bulk-export `activities.csv`. The header repeats five names
 * (Elapsed Time, Distance, Max Heart Rate, Relative Effort, Commute): the first block is the
 * activity as Strava shows it (Distance in the account's display unit, km in the fixture), the
 * second the detailed statistics (Distance in metres). Rows are read as arrays and mapped by these
 * positions, so the duplicates cannot overwrite each other.
 */
export interface StravaColumns {
  id: number;
  date: number;
  type: number;
  elapsed: number;
  elapsedDetail: number | null;
  moving: number | null;
  distanceDisplay: number | null;
  distanceMeters: number | null;
  elevationGain: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  maxHeartRateDetail: number | null;
  filename: number | null;
}

const found = (index: number): number | null => (index < 0 ? null : index);

/** The positions, or null when the header lacks a column no activity can do without. */
export function locateColumns(header: readonly string[]): StravaColumns | null {
  const names = header.map((name) => name.trim());
  const first = (name: string): number | null => found(names.indexOf(name));
  const second = (name: string): number | null => {
    const at = names.indexOf(name);
    return at < 0 ? null : found(names.indexOf(name, at + 1));
  };
  const id = first('Activity ID');
  const date = first('Activity Date');
  const type = first('Activity Type');
  const elapsed = first('Elapsed Time');
  if (id !== 0 || date === null || type === null || elapsed === null) return null;
  return {
    id,
    date,
    type,
    elapsed,
    elapsedDetail: second('Elapsed Time'),
    moving: first('Moving Time'),
    distanceDisplay: first('Distance'),
    distanceMeters: second('Distance'),
    elevationGain: first('Elevation Gain'),
    avgHeartRate: first('Average Heart Rate'),
    maxHeartRate: first('Max Heart Rate'),
    maxHeartRateDetail: second('Max Heart Rate'),
    filename: first('Filename'),
  };
}
