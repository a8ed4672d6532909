/**
 * A4's planned progression: from `start` to `top` (e.g. 10 → 15 single-leg squats) over four to
 * six weeks — the phase's length, held within that window — then held at the top, where load or
 * a harder variation takes over in the next phase.
 */
export const PROGRESSION_WEEKS = { min: 4, max: 6 } as const;

export const progressAmount = (
  start: number,
  top: number,
  weekInPhase: number,
  phaseLength: number,
): number => {
  const span = Math.min(PROGRESSION_WEEKS.max, Math.max(PROGRESSION_WEEKS.min, phaseLength));
  const share = Math.min(1, (weekInPhase - 1) / (span - 1));
  return start + Math.round((top - start) * share);
};

/** A4's "10 → 15": the top of the range is half as much again as the start. */
export const topOf = (start: number): number => Math.round(start * 1.5);
