import { centimetres, kilograms, toInches, toPounds } from '../units';

export type Units = 'metric' | 'imperial';

/** Plans are computed in kg; imperial runners read pounds to one decimal (16 kg → 35.3 lb). */
export const formatMass = (kg: number, units: Units): string =>
  units === 'imperial' ? `${toPounds(kilograms(kg)).toFixed(1)} lb` : `${kg} kg`;

/** Box heights to the nearest inch, since boxes are sold in whole inches (30 cm → 12 in). */
export const formatHeight = (cm: number, units: Units): string =>
  units === 'imperial' ? `${Math.round(toInches(centimetres(cm)))} in` : `${cm} cm`;
