import type { EquipmentKind } from '../catalogue/equipment';
import type { Exercise, Experience } from '../catalogue/exercise.schema';
import type { Load } from '../plan/plan.schema';
import { ownedBandTensions, usableBoxHeights } from '../profile/owned-equipment';
import type { EquipmentInventory } from '../profile/profile.schema';
import { percentOfOneRepMax } from '../progression/rpe';

export type LoadPreference = 'default' | 'vest' | 'bands';

export interface LoadContext {
  inventory: EquipmentInventory;
  experience: Experience;
  owned: ReadonlySet<EquipmentKind>;
  /** 0 at the start of the phase, 1 at its end: moves through owned weights and tensions. */
  progress: number;
  /** Added load for bodyweight movements is earned: none in the foundation stage (A5). */
  addLoad: boolean;
  heavy: boolean;
  reps: number | undefined;
  targetRpe: number;
  preference: LoadPreference;
}

const pick = <T>(items: readonly T[], progress: number): T | undefined =>
  items[Math.min(items.length - 1, Math.floor(progress * items.length))];

/** B21: drops start at about 30 cm and climb 15 cm at a time. */
const BOX_START_CM = 30;
const BOX_STEP_CM = 15;
/** B21's ceiling for depth work: 45 cm, 60 cm once advanced; box jumps go to 60 cm (A5). */
const DEPTH_CEILING_CM = { advanced: 60, other: 45 } as const;

const boxHeight = (exercise: Exercise, ctx: LoadContext): number | undefined => {
  const heights = usableBoxHeights(ctx.inventory);
  const depthWork = exercise.id.startsWith('depth-');
  const ceiling = depthWork
    ? ctx.experience === 'advanced'
      ? DEPTH_CEILING_CM.advanced
      : DEPTH_CEILING_CM.other
    : Number.POSITIVE_INFINITY;
  const steps = Math.min(2, Math.floor(ctx.progress * 3));
  const reachable = Math.min(ceiling, BOX_START_CM + BOX_STEP_CM * steps);
  return heights.filter((h) => h <= reachable).at(-1) ?? heights[0];
};

/** Which alternative equipment set this runner uses for the exercise. */
const usedEquipment = (exercise: Exercise, owned: ReadonlySet<EquipmentKind>): EquipmentKind[] =>
  exercise.equipment.find((set) => set.every((kind) => owned.has(kind))) ?? [];

const weightLoad = (kind: 'dumbbells' | 'kettlebell' | 'barbell', ctx: LoadContext): Load => {
  const percent =
    ctx.heavy && ctx.reps !== undefined ? percentOfOneRepMax(ctx.reps, ctx.targetRpe) : undefined;
  const common = { targetRpe: ctx.targetRpe, ...(percent ? { percentOneRepMax: percent } : {}) };
  if (kind === 'kettlebell') {
    const bells = [...(ctx.inventory.kettlebells?.kg ?? [])].sort((a, b) => a - b);
    const kg = (ctx.heavy ? bells.at(-1) : pick(bells, ctx.progress)) ?? null;
    return { kind: 'kg', equipment: 'kettlebell', kg, ...common };
  }
  if (kind === 'dumbbells') {
    const maxKg = ctx.inventory.dumbbells?.maxKg;
    return { kind: 'kg', equipment: 'dumbbells', kg: null, ...(maxKg ? { maxKg } : {}), ...common };
  }
  return { kind: 'kg', equipment: 'barbell', kg: null, ...common };
};

const bandLoad = (ctx: LoadContext): Load | undefined => {
  const tension = pick(ownedBandTensions(ctx.inventory), ctx.progress);
  return tension ? { kind: 'band', tension } : undefined;
};

/**
 * What to add to a movement: the equipment it needs, or — once load is earned — the way of
 * loading it the runner owns, in the programme's order of preference. Never equipment the runner
 * lacks (A10).
 */
export const chooseLoad = (exercise: Exercise, ctx: LoadContext): Load => {
  const needs = usedEquipment(exercise, ctx.owned);
  if (needs.includes('box')) {
    const heightCm = boxHeight(exercise, ctx);
    if (heightCm !== undefined) return { kind: 'box', heightCm };
  }
  for (const kind of ['barbell', 'dumbbells', 'kettlebell'] as const) {
    if (needs.includes(kind)) return weightLoad(kind, ctx);
  }
  if (needs.includes('weight-vest') && ctx.inventory.weightVest) {
    return { kind: 'vest', kg: ctx.inventory.weightVest.kg };
  }
  if (needs.includes('band')) return bandLoad(ctx) ?? { kind: 'none' };
  if (!ctx.addLoad) return { kind: 'none' };

  const order: readonly ('weight-vest' | 'dumbbells' | 'kettlebell' | 'band' | 'barbell')[] =
    ctx.preference === 'vest'
      ? ['weight-vest', 'dumbbells', 'kettlebell', 'band']
      : ctx.preference === 'bands'
        ? ['band', 'dumbbells', 'kettlebell', 'weight-vest']
        : ['dumbbells', 'kettlebell', 'barbell', 'weight-vest', 'band'];
  const way = order.find((kind) => exercise.loadableWith.includes(kind) && ctx.owned.has(kind));
  switch (way) {
    case 'weight-vest':
      return ctx.inventory.weightVest
        ? { kind: 'vest', kg: ctx.inventory.weightVest.kg }
        : { kind: 'none' };
    case 'band':
      return bandLoad(ctx) ?? { kind: 'none' };
    case undefined:
      return { kind: 'none' };
    default:
      return weightLoad(way, ctx);
  }
};
