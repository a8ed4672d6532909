import type { FixedDose } from '../prescription/slot';

/**
 * B30, Rathleff 2014: single-leg heel raise with a towel under the toes, every second day,
 * 3 s up, 2 s at the top, 3 s down. 12RM × 3 sets, then 10RM × 4 from week 2, 8RM × 5 from week 4.
 */
export const rathleffDose = (week: number): FixedDose => {
  if (week <= 1)
    return { sets: 3, reps: 12, note: 'A load you can lift 12 times and no more (12RM).' };
  if (week <= 3)
    return {
      sets: 4,
      reps: 10,
      note: 'Add load (a backpack with books) so 10 reps is your limit (10RM).',
    };
  return { sets: 5, reps: 8, note: 'Add load so 8 reps is your limit (8RM).' };
};

export const RATHLEFF_WEEKS = 12;
