import { BAND_TENSIONS, type BandTension } from '../catalogue/equipment';
import type { Exercise } from '../catalogue/exercise.schema';
import type { Load } from '../plan/plan.schema';
import { ownedBandTensions } from '../profile/owned-equipment';
import type { EquipmentInventory } from '../profile/profile.schema';
import { LOAD_STEP_FRACTION, type LoadRegion, nextLoad } from '../progression/load-step';

/**
 * The profile knows only the heaviest dumbbell; 2 kg is the usual step of fixed dumbbell sets
 * and of adjustable ones (a choice: 2.5 kg sets exist, and a runner can override any load).
 */
export const DUMBBELL_STEP_KG = 2;
/** A pair of 1.25 kg plates, the smallest common barbell step, on a 20 kg bar. */
export const BARBELL_STEP_KG = 2.5;
export const BARBELL_KG = 20;
/** No home lifter needs a ladder past this; it only bounds the list. */
const BARBELL_MAX_KG = 300;

type KgLoad = Extract<Load, { kind: 'kg' }>;

/** B15: small and upper-body lifts (and the trunk) step 2.5 %, the legs 5 %. */
export const loadRegionOf = (exercise: Pick<Exercise, 'region'>): LoadRegion =>
  exercise.region === 'upper' || exercise.region === 'core' ? 'upper' : 'lower';

/** Every weight the runner can load with this equipment, lightest first. */
export const kgLadder = (
  equipment: KgLoad['equipment'],
  inventory: EquipmentInventory,
): number[] => {
  if (equipment === 'kettlebell') {
    return [...new Set(inventory.kettlebells?.kg ?? [])].sort((a, b) => a - b);
  }
  if (equipment === 'dumbbells') {
    const max = inventory.dumbbells?.maxKg ?? 0;
    const steps = Array.from(
      { length: Math.floor(max / DUMBBELL_STEP_KG) },
      (_, i) => (i + 1) * DUMBBELL_STEP_KG,
    );
    return max > 0 && !steps.includes(max) ? [...steps, max] : steps;
  }
  return Array.from(
    { length: Math.floor((BARBELL_MAX_KG - BARBELL_KG) / BARBELL_STEP_KG) + 1 },
    (_, i) => BARBELL_KG + i * BARBELL_STEP_KG,
  );
};

/**
 * B15 one step up: the owned load nearest +5 % (lower body) or +2.5 % within 10 % (nextLoad);
 * when the smallest owned step is bigger than 10 % (16 → 18 kg dumbbells, a 12 → 16 kg
 * kettlebell), that one step, since "never below one step" is the only way the load can grow —
 * double progression sends the reps back to the bottom of the range, which absorbs the jump.
 * Undefined when nothing heavier is owned.
 */
export const stepUpKg = (kg: number, region: LoadRegion, ladder: readonly number[]) =>
  nextLoad(kg, region, ladder) ?? ladder.filter((w) => w > kg).sort((a, b) => a - b)[0];

/**
 * One step down, 2.5–5 % (B16's cut): the owned load nearest the cut among the lighter ones, so
 * never less than one step. Undefined when nothing lighter is owned.
 */
export const stepDownKg = (kg: number, region: LoadRegion, ladder: readonly number[]) => {
  const target = kg * (1 - LOAD_STEP_FRACTION[region]);
  const lighter = ladder.filter((w) => w < kg);
  if (lighter.length === 0) return undefined;
  return lighter.reduce((best, w) => (Math.abs(w - target) < Math.abs(best - target) ? w : best));
};

/** The owned load nearest `kg`, the lighter on a tie: how a computed load is rounded. */
export const roundToLadder = (kg: number, ladder: readonly number[]): number | undefined =>
  [...ladder]
    .sort((a, b) => a - b)
    .reduce<number | undefined>(
      (best, w) => (best === undefined || Math.abs(w - kg) < Math.abs(best - kg) - 1e-9 ? w : best),
      undefined,
    );

const bandIndex = (tension: BandTension) => BAND_TENSIONS.indexOf(tension);

/** A4: graded bands are a progression path; the next tension the runner owns. */
export const heavierBand = (tension: BandTension, inventory: EquipmentInventory) =>
  ownedBandTensions(inventory).find((t) => bandIndex(t) > bandIndex(tension));

export const lighterBand = (tension: BandTension, inventory: EquipmentInventory) =>
  ownedBandTensions(inventory)
    .filter((t) => bandIndex(t) < bandIndex(tension))
    .at(-1);

export const lightestBand = (tensions: readonly BandTension[]): BandTension | undefined =>
  [...tensions].sort((a, b) => bandIndex(a) - bandIndex(b))[0];

/** One load step up, when the runner owns one; kg loads without a number stay "by feel". */
export const stepUpLoad = (
  load: Load,
  region: LoadRegion,
  inventory: EquipmentInventory,
): Load | undefined => {
  if (load.kind === 'kg') {
    if (load.kg === null) return undefined;
    const kg = stepUpKg(load.kg, region, kgLadder(load.equipment, inventory));
    return kg === undefined ? undefined : { ...load, kg };
  }
  if (load.kind === 'band') {
    const tension = heavierBand(load.tension, inventory);
    return tension ? { kind: 'band', tension } : undefined;
  }
  return undefined;
};

export const stepDownLoad = (
  load: Load,
  region: LoadRegion,
  inventory: EquipmentInventory,
): Load | undefined => {
  if (load.kind === 'kg') {
    if (load.kg === null) return undefined;
    const kg = stepDownKg(load.kg, region, kgLadder(load.equipment, inventory));
    return kg === undefined ? undefined : { ...load, kg };
  }
  if (load.kind === 'band') {
    const tension = lighterBand(load.tension, inventory);
    return tension ? { kind: 'band', tension } : undefined;
  }
  return undefined;
};

/**
 * The invariant the simulation checks: a change of load is within B15's 2–10 %, or exactly one
 * step of what the runner owns (adjacent on the ladder).
 */
export const isOneLoadStep = (from: number, to: number, ladder: readonly number[]): boolean => {
  if (from === to) return true;
  const change = Math.abs(to - from) / from;
  if (change >= 0.02 - 1e-9 && change <= 0.1 + 1e-9) return true;
  const between = ladder.filter((w) => w > Math.min(from, to) && w < Math.max(from, to));
  return between.length === 0;
};
