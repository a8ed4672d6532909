/**
 * B17: share of one-repetition maximum by reps to failure (reps done + reps in reserve, where
 * reps in reserve = 10 − RPE), for 1..12 reps to failure (Helms 2016's RPE chart).
 */
const PERCENT_BY_REPS_TO_FAILURE = [
  1.0, 0.955, 0.922, 0.892, 0.863, 0.837, 0.811, 0.786, 0.762, 0.739,
  // biome-ignore lint/suspicious/noApproximativeNumericConstant: a chart value that happens to be near √½.
  0.707,
  0.68,
] as const;

/** B16: targets from 7 to 9, i.e. one to three reps in reserve. */
export const MIN_TARGET_RPE = 7;
export const MAX_TARGET_RPE = 9;

/**
 * The share of 1RM that `reps` at `rpe` corresponds to, or undefined outside the chart
 * (fewer than 1 or more than 12 reps to failure). Half RPE points fall between two rows and
 * are not in the chart either.
 */
export const percentOfOneRepMax = (reps: number, rpe: number): number | undefined => {
  const toFailure = reps + 10 - rpe;
  if (!Number.isInteger(toFailure)) return undefined;
  return PERCENT_BY_REPS_TO_FAILURE[toFailure - 1];
};
