/** The distances people race on the road, in metres. */
export const STANDARD_RACE_DISTANCES = [
  { name: '5 km', meters: 5000 },
  { name: '10 km', meters: 10000 },
  { name: 'half marathon', meters: 21097.5 },
  { name: 'marathon', meters: 42195 },
] as const;

/**
 * A certified course measured by GPS usually reads 0.5–2 % long (the runner does not run the
 * tangents); 2 % either side catches that without taking a 10.5 km training loop for a 10k.
 */
export const RACE_DISTANCE_TOLERANCE = 0.02;

export type RaceDistance = (typeof STANDARD_RACE_DISTANCES)[number];

export const raceDistanceOf = (meters: number): RaceDistance | undefined =>
  STANDARD_RACE_DISTANCES.find(
    (d) => Math.abs(meters - d.meters) <= d.meters * RACE_DISTANCE_TOLERANCE,
  );
