/**
 * Training load (SPEC B33–B36). Session RPE × minutes (Foster 2001) is the common currency for
 * runs and strength; the rest are descriptions built on daily loads.
 */

/** B33: session load = RPE (CR-10) × minutes. */
export const sessionLoad = (rpe: number, minutes: number): number => rpe * minutes;

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Population standard deviation, as Foster's monotony uses. */
const standardDeviation = (xs: readonly number[]): number => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};

export interface WeekStrain {
  weeklyLoad: number;
  /** Undefined when every day carries the same load: the ratio has no meaning then. */
  monotony: number | undefined;
  strain: number | undefined;
}

/**
 * B34: monotony = mean daily load ÷ its standard deviation over 7 days, rest days counted as 0;
 * strain = weekly load × monotony.
 */
export const weekStrain = (dailyLoads: readonly number[]): WeekStrain => {
  if (dailyLoads.length !== 7) throw new RangeError('a week has seven daily loads');
  const weeklyLoad = dailyLoads.reduce((a, b) => a + b, 0);
  const sd = standardDeviation(dailyLoads);
  if (sd === 0) return { weeklyLoad, monotony: undefined, strain: undefined };
  const monotony = mean(dailyLoads) / sd;
  return { weeklyLoad, monotony, strain: weeklyLoad * monotony };
};

/**
 * B35: the acute:chronic ratio (7-day ÷ 28-day average daily load). It is returned as a
 * description only: nothing in the plan changes on it (Impellizzeri 2020 found it predicts
 * barely better than chance).
 */
export const acuteChronicRatio = (
  last28DailyLoads: readonly number[],
): { ratio: number | undefined; note: string } => {
  if (last28DailyLoads.length !== 28) throw new RangeError('the chronic window is 28 days');
  const acute = mean(last28DailyLoads.slice(-7));
  const chronic = mean(last28DailyLoads);
  return {
    ratio: chronic === 0 ? undefined : acute / chronic,
    note: 'A description of the last week against the last four, not a rule: the plan never changes on it (B35).',
  };
};

export interface FitnessFatigue {
  fitness: number;
  fatigue: number;
}

/** Time constants in days: fitness decays over 42, fatigue over 7 (B36). */
export const FITNESS_DAYS = 42;
export const FATIGUE_DAYS = 7;

/** B36: one day of Banister's model: yesterday's fitness and fatigue decay, today's load adds. */
export const banisterStep = (state: FitnessFatigue, load: number): FitnessFatigue => ({
  fitness: state.fitness * Math.exp(-1 / FITNESS_DAYS) + load,
  fatigue: state.fatigue * Math.exp(-1 / FATIGUE_DAYS) + load,
});

/** B36: form = k1 · fitness − k2 · fatigue, where fatigue weighs more (k2 > k1). */
export const form = (state: FitnessFatigue, k1 = 1, k2 = 2): number => {
  if (!(k2 > k1)) throw new RangeError('k2 must exceed k1: fatigue weighs more than fitness');
  return k1 * state.fitness - k2 * state.fatigue;
};
