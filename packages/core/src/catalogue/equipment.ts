import { z } from 'zod';

/**
 * Equipment an exercise can need. A sturdy step, a wall, a towel and a sofa to hook the heels
 * under are assumed in every home, so they are never listed as requirements (A10: none is
 * needed to start).
 */
export const EQUIPMENT_KINDS = [
  'band',
  'dumbbells',
  'kettlebell',
  'weight-vest',
  'box',
  'pull-up-bar',
  'bench',
  'barbell',
] as const;
export const equipmentKindSchema = z.enum(EQUIPMENT_KINDS);
export type EquipmentKind = z.infer<typeof equipmentKindSchema>;

/** Bands come in graded tensions (A4, A10): the tension is itself a progression path. */
export const BAND_TENSIONS = ['light', 'medium', 'heavy'] as const;
export const bandTensionSchema = z.enum(BAND_TENSIONS);
export type BandTension = z.infer<typeof bandTensionSchema>;
