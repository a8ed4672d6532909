import { z } from 'zod';

/**
 * The numbers SPEC marks *(choice)*: design decisions rather than study results, so a runner or
 * coach can change them. The plan's explanations quote the value in force.
 */
export const coachSettingsSchema = z.strictObject({
  /** B9: a weekly running-volume rise above this fraction holds strength volume. */
  volumeRiseLimit: z.number().min(0.05).max(1).default(0.2),
  /** B11: fraction of sets cut in maintenance (in-season) weeks. */
  maintenanceSetCut: z.number().min(0.3).max(0.5).default(0.4),
  /** B31: left/right difference in the heel-raise test that counts as large. */
  calfAsymmetryLimit: z.number().min(0.05).max(0.5).default(0.15),
  /** B31: fewer single-leg heel raises than this calls for calf-capacity work. */
  calfRaiseTarget: z.number().int().min(10).max(50).default(25),
  /** B19: loading weeks before a deload week (4–6 week cycles, never more than 6 in a row). */
  loadingWeeksBeforeDeload: z.number().int().min(3).max(6).default(4),
  /** B19: fraction of sets kept in a deload week (volume −25–50 %). */
  deloadSetFraction: z.number().min(0.5).max(0.75).default(0.6),
  /** Minutes of warm-up counted into every session's estimate. */
  warmUpMinutes: z.number().int().min(0).max(15).default(5),
});
export type CoachSettings = z.output<typeof coachSettingsSchema>;

export const DEFAULT_COACH_SETTINGS: CoachSettings = coachSettingsSchema.parse({});
