import type { Phase } from './plan.schema';
import type { PlanContext } from './plan-context';

/**
 * B9: the share of sets kept when running volume rises past the limit ("hold or cut strength
 * volume and keep intensity"): a third off. One constant, so a rise the runner planned and a rise
 * their imported runs show (runs/adapt-to-runs.ts) cut the same.
 */
export const RUNNING_RISE_SET_FRACTION = 2 / 3;

export interface WeekVolume {
  /** Fraction of sets kept this week. */
  setFraction: number;
  /** Where in its phase's progression the week's doses sit. */
  weekInPhase: number;
}

/**
 * How much of the planned volume a week keeps, and why: deloads (B19), maintenance (B11) and a
 * jump in the runner's planned running (B9). Intensity is never what gives way.
 */
export const weekVolume = (
  ctx: PlanContext,
  phase: Phase,
  week: number,
  weekInPhase: number,
): WeekVolume => {
  const { settings, log } = ctx;
  let setFraction = 1;
  let progression = weekInPhase;
  if (phase === 'deload') {
    setFraction = settings.deloadSetFraction;
    log.add(
      'placed',
      'B19',
      `Deload: sets cut to ${Math.round(settings.deloadSetFraction * 100)} %, same exercises and load, so no more than ${settings.loadingWeeksBeforeDeload + 1} loading weeks run in a row.`,
      { week },
    );
  }
  if (phase === 'maintenance') {
    setFraction = 1 - settings.maintenanceSetCut;
    log.add(
      'placed',
      'B11',
      `Maintenance: 1–2 sessions, intensity kept, sets cut by ${Math.round(settings.maintenanceSetCut * 100)} %.`,
      { week },
    );
  }
  const rise = runningVolumeRise(ctx.profile.weeklyRunningKm, week - 1, settings.volumeRiseLimit);
  if (rise !== undefined) {
    setFraction *= RUNNING_RISE_SET_FRACTION;
    progression = Math.max(1, progression - 1);
    log.add(
      'adjusted',
      'B9',
      `Running volume rises ${rise} % this week: strength sets cut by a third, load and intensity kept.`,
      { week },
    );
  }
  return { setFraction, weekInPhase: progression };
};

/** B9: the rise in planned kilometres over the week before, in %, when above the limit. */
const runningVolumeRise = (
  km: readonly number[] | undefined,
  w: number,
  limit: number,
): number | undefined => {
  if (!km || w === 0) return undefined;
  const before = km[w - 1];
  const now = km[w];
  if (before === undefined || now === undefined || before <= 0) return undefined;
  const rise = now / before - 1;
  return rise > limit ? Math.round(rise * 100) : undefined;
};
