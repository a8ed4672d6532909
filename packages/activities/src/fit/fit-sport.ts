import type { Sport } from '../activity';

/**
 * FIT `sport` and `sub_sport` enums, as the SDK names them (camelCase strings, or the raw number
 * when the profile has no name for it), mapped to RunStrong's sports.
 */
const SPORTS: Readonly<Record<string, Sport>> = {
  running: 'running',
  cycling: 'cycling',
  walking: 'walking',
  hiking: 'hiking',
  swimming: 'swimming',
};

export function toSport(fitSport: unknown): Sport {
  return typeof fitSport === 'string' ? (SPORTS[fitSport] ?? 'other') : 'other';
}

/**
 * The sub-sport in the FIT profile's own spelling ('treadmill', 'trail', 'open_water',
 * 'indoor_cycling'), or null when the file does not say: absent, unnamed, 'generic' or 'all'.
 */
export function toSubSport(fitSubSport: unknown): string | null {
  if (typeof fitSubSport !== 'string' || !/^[a-z][a-zA-Z0-9]*$/.test(fitSubSport)) return null;
  if (fitSubSport === 'generic' || fitSubSport === 'all') return null;
  return fitSubSport.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
