import type { Load, PlanExercise } from '../plan/plan.schema';
import { formatMass, type Units } from '../present/format-units';

/** "16 kg", "medium band", "vest 10 kg", "by feel"; empty for bodyweight. */
export const loadWords = (load: Load, units: Units): string => {
  switch (load.kind) {
    case 'kg':
      return load.kg === null ? `${load.equipment} by feel` : formatMass(load.kg, units);
    case 'band':
      return `${load.tension} band`;
    case 'vest':
      return `vest ${formatMass(load.kg, units)}`;
    case 'box':
    case 'none':
      return '';
  }
};

const amountWords = (e: Pick<PlanExercise, 'reps' | 'seconds' | 'contacts' | 'repsBySet'>) => {
  if (e.seconds !== undefined) return `${e.seconds} s`;
  if (e.repsBySet && e.repsBySet.length > 0) return `${e.repsBySet.join('/')} reps`;
  if (e.contacts !== undefined) return `${e.contacts} contacts`;
  return `${e.reps ?? 0} reps`;
};

/** How a dose reads in a reason: "16 kg × 8", "12 reps", "30 s", "medium band × 12". */
export const doseWords = (
  e: Pick<PlanExercise, 'reps' | 'seconds' | 'contacts' | 'repsBySet' | 'load'>,
  units: Units,
): string => {
  const load = loadWords(e.load, units);
  const amount = amountWords(e);
  if (!load) return amount;
  return e.reps !== undefined && !e.repsBySet ? `${load} × ${e.reps}` : `${load}, ${amount}`;
};

/** "12 reps", "45 s". */
export const amountText = (amount: number, unit: 'reps' | 'seconds'): string =>
  unit === 'seconds' ? `${amount} s` : `${amount} reps`;

/** "Goblet squat: 16 kg × 12 → 18 kg × 8", or "Plank: stays at 45 s". */
export const changeWords = (name: string, before: string, after: string): string =>
  before === after ? `${name}: stays at ${after}` : `${name}: ${before} → ${after}`;

/** One decimal, as a 1RM reads: 116.7 kg. */
export const kgWords = (kg: number, units: Units): string =>
  formatMass(Math.round(kg * 10) / 10, units);
