/**
 * Display units the first "Distance" column has been seen in, metres per unit: km (the fixture's
 * runs and rides, 2 decimals), nautical miles (its 20 Sail rows: 15.9 ↔ 29610 m), statute miles
 * (imperial accounts) and metres (swims).
 */
const DISPLAY_UNITS = [1000, 1852, 1609.344, 1];

/**
 * The display value is cut to one or two decimals (the fixture both rounds and truncates:
 * 13.61 ↔ 13609.2 m, 32.45 ↔ 32457.4 m), so agreement is within one unit in the last shown digit.
 */
function agrees(display: string, displayValue: number, meters: number): boolean {
  const decimals = display.includes('.') ? display.length - display.indexOf('.') - 1 : 0;
  const step = 10 ** -decimals;
  return DISPLAY_UNITS.some((unit) => Math.abs(displayValue * unit - meters) <= step * unit + 1);
}

/**
 * Distance in metres from the two "Distance" columns. The metres column is exact and unit-free,
 * so it is taken whenever the display column agrees with it in some unit. When they disagree
 * (one fixture row, a Hike: 3.80 against 20 196 m, with Elapsed Time 9550 against 10 744 s, an
 * activity Strava seems to have cropped or corrected) the display column wins, read as km as
 * the brief says: it is the activity as Strava shows it, and the first Elapsed Time we report
 * belongs to the same block.
 */
export function stravaDistanceMeters(
  display: string | null,
  displayValue: number | null,
  meters: number | null,
): number | null {
  if (meters !== null && meters >= 0) {
    if (display === null || displayValue === null || agrees(display, displayValue, meters))
      return meters;
  }
  if (displayValue !== null && displayValue >= 0) return displayValue * 1000;
  return null;
}
