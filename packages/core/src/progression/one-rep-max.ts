/** B18: estimated one-repetition maximum from a set of `reps` with `weight`. */
export const MAX_REPS_FOR_ESTIMATE = 12;

const estimate = (weight: number, reps: number, formula: (w: number, r: number) => number) => {
  if (!Number.isInteger(reps) || reps < 1 || reps > MAX_REPS_FOR_ESTIMATE || weight <= 0) {
    return undefined;
  }
  return reps === 1 ? weight : formula(weight, reps);
};

/** Epley: w · (1 + r/30). */
export const epleyOneRepMax = (weight: number, reps: number): number | undefined =>
  estimate(weight, reps, (w, r) => w * (1 + r / 30));

/** Brzycki: w · 36 / (37 − r). */
export const brzyckiOneRepMax = (weight: number, reps: number): number | undefined =>
  estimate(weight, reps, (w, r) => (w * 36) / (37 - r));
