import type { FixedDose } from '../prescription/slot';

/**
 * B24, Alfredson: straight- and bent-knee eccentric heel drops, 3 × 15 each, twice a day, every
 * day, for 12 weeks; load is added with a backpack once they are pain-free.
 */
export const ALFREDSON_DOSE: FixedDose = {
  sets: 3,
  reps: 15,
  note: 'Twice a day, morning and evening. Once pain-free, add load in a backpack.',
};
export const ALFREDSON_WEEKS = 12;
