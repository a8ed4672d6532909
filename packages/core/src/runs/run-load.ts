import { sessionLoad } from '../training-load/training-load';
import { isRunning, type RunClassification, type RunRecord, runMinutes } from './run-record';
import { formatMinutes } from './run-wording';

export type RunLoadMethod = 'rpe' | 'heart-rate' | 'duration';

export interface HeartRateProfile {
  restingHeartRate?: number;
  maxHeartRate?: number;
}

/**
 * The heart rates a profile gives (either may be missing), layered: later sources win where they
 * give a value — e.g. an export's profile, then a profile file named on the command line.
 */
export const heartRatesOf = (
  ...sources: readonly (
    | { restingHeartRate?: number | undefined; maxHeartRate?: number | undefined }
    | undefined
  )[]
): HeartRateProfile => {
  const heart: HeartRateProfile = {};
  for (const source of sources) {
    if (source?.restingHeartRate !== undefined) heart.restingHeartRate = source.restingHeartRate;
    if (source?.maxHeartRate !== undefined) heart.maxHeartRate = source.maxHeartRate;
  }
  return heart;
};

export interface RunLoad {
  load: number;
  method: RunLoadMethod;
  explanation: string;
}

/** A common resting heart rate for a trained adult, used when the runner has not given theirs. */
export const DEFAULT_RESTING_HEART_RATE = 60;
/**
 * Banister's TRIMP weighting, load per minute = HRr × 0.64 × e^(1.92 × HRr): the published
 * constants for men (0.86 and 1.67 for women). The profile does not hold sex, so one curve is
 * used; the women's curve runs 10–20 % higher from easy to threshold effort (HRr 0.5–0.85).
 */
export const TRIMP_A = 0.64;
export const TRIMP_B = 1.92;
/**
 * Banister's TRIMP runs about half of session RPE for the same run: HRr 0.6 gives 1.2 a minute
 * where an easy run is RPE 2–3. Doubling it puts heart-rate loads on the session-RPE scale
 * (HRr 0.6 → 2.4 a minute, an easy run; HRr 0.85 → 5.6, threshold, RPE 5–6), so runs weighed
 * either way and strength sessions add up in one weekly load.
 */
export const TRIMP_CALIBRATION = 2;
/** A maximum heart rate outside this range is a strap artefact, not a heart (the profile's range). */
export const PLAUSIBLE_MAX_HEART_RATE = { min: 120, max: 230 } as const;
/**
 * Without RPE or heart rate, the effort a run of each kind usually is on the CR-10 scale: easy
 * 3 ("moderate"), long 4 (easy pace, but the duration tells), quality 6 (tempo and intervals
 * average out "hard" with their recoveries), race 8.
 */
export const ASSUMED_RPE = { easy: 3, long: 4, quality: 6, race: 8 } as const;

/** Heart-rate reserve used, (avg − rest) ÷ (max − rest), clamped to [0, 1]. */
export const heartRateReserve = (average: number, resting: number, maximum: number): number =>
  Math.min(1, Math.max(0, (average - resting) / (maximum - resting)));

/** Load a minute at a heart-rate reserve, on the session-RPE scale. */
export const trimpPerMinute = (reserve: number): number =>
  reserve * TRIMP_A * Math.exp(TRIMP_B * reserve) * TRIMP_CALIBRATION;

const plausibleMax = (hr: number | null | undefined): hr is number =>
  typeof hr === 'number' &&
  hr >= PLAUSIBLE_MAX_HEART_RATE.min &&
  hr <= PLAUSIBLE_MAX_HEART_RATE.max;

/**
 * The heart rates to weigh runs with: the runner's own when given, else 60 at rest and the
 * highest plausible maximum any of their recordings shows.
 */
export const heartRateProfileOf = (
  runs: readonly RunRecord[],
  given: HeartRateProfile,
): HeartRateProfile => {
  const seen = runs.map((r) => r.maxHeartRate).filter(plausibleMax);
  const maxHeartRate = given.maxHeartRate ?? (seen.length > 0 ? Math.max(...seen) : undefined);
  return {
    restingHeartRate: given.restingHeartRate ?? DEFAULT_RESTING_HEART_RATE,
    ...(maxHeartRate !== undefined ? { maxHeartRate } : {}),
  };
};

/**
 * A run's load on the session-RPE scale (B33): the runner's RPE × minutes when they gave one;
 * else a heart-rate TRIMP when the run has heart rate and a maximum is known (`heart`, filled by
 * heartRateProfileOf); else minutes × the RPE its kind usually is. The explanation says which.
 */
export const runSessionLoad = (
  run: RunRecord,
  classification: RunClassification | undefined,
  heart: HeartRateProfile,
): RunLoad => {
  const minutes = runMinutes(run);
  if (!isRunning(run)) {
    return {
      load: 0,
      method: 'duration',
      explanation: `A ${run.sport} session carries no running load.`,
    };
  }
  if (minutes === undefined) {
    return { load: 0, method: 'duration', explanation: 'No time recorded: no load counted.' };
  }
  const time = formatMinutes(minutes);
  if (typeof run.rpe === 'number' && run.rpe >= 0) {
    const load = sessionLoad(run.rpe, minutes);
    return {
      load,
      method: 'rpe',
      explanation: `Session RPE: your RPE ${run.rpe} × ${time} = ${Math.round(load)} (B33).`,
    };
  }
  const resting = heart.restingHeartRate ?? DEFAULT_RESTING_HEART_RATE;
  const maximum = heart.maxHeartRate;
  const average = run.avgHeartRate;
  if (average !== null && average > 0 && maximum !== undefined && maximum > resting) {
    const reserve = heartRateReserve(average, resting, maximum);
    const perMinute = trimpPerMinute(reserve);
    const load = perMinute * minutes;
    return {
      load,
      method: 'heart-rate',
      explanation: `Heart-rate TRIMP (Banister): ${time} at ${Math.round(average)} bpm, ${Math.round(reserve * 100)} % of your heart-rate reserve (rest ${resting}, max ${maximum}) → ${perMinute.toFixed(1)} a minute on the session-RPE scale = ${Math.round(load)}.`,
    };
  }
  const kind = classification?.race ? 'race' : (classification?.kind ?? 'easy');
  const rpe = ASSUMED_RPE[kind];
  const load = sessionLoad(rpe, minutes);
  return {
    load,
    method: 'duration',
    explanation: `No RPE or heart rate: estimated as RPE ${rpe} (${kind === 'race' ? 'a race' : `a ${kind} run`}) × ${time} = ${Math.round(load)}.`,
  };
};
