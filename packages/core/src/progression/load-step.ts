/**
 * B15: the next load after a successful block. About 5 % for the lower body, 2.5–5 % for small
 * or upper-body lifts, rounded to what the runner can actually load, and never less than one
 * equipment step nor more than 10 %.
 */
export type LoadRegion = 'lower' | 'upper';

export const LOAD_STEP_FRACTION: Record<LoadRegion, number> = { lower: 0.05, upper: 0.025 };
export const MAX_LOAD_STEP_FRACTION = 0.1;

/**
 * `available` lists the loads the runner can make (dumbbell pairs, kettlebells, plate sums),
 * in kilograms. Returns the load to use next, or undefined when no heavier load within 10 %
 * exists: then the progression is reps, tempo or a harder variation instead (A4).
 */
export const nextLoad = (
  current: number,
  region: LoadRegion,
  available: readonly number[],
): number | undefined => {
  const target = current * (1 + LOAD_STEP_FRACTION[region]);
  const ceiling = current * (1 + MAX_LOAD_STEP_FRACTION);
  const heavier = [...available].filter((kg) => kg > current).sort((a, b) => a - b);
  const smallestStep = heavier[0];
  if (smallestStep === undefined) return undefined;
  // One step up even when it overshoots the 5 % target, unless it breaks the 10 % ceiling.
  const withinCeiling = heavier.filter((kg) => kg <= ceiling + 1e-9);
  if (withinCeiling.length === 0) return undefined;
  const closest = withinCeiling.reduce((best, kg) =>
    Math.abs(kg - target) < Math.abs(best - target) ? kg : best,
  );
  return closest;
};
