import { defaultSlots, defaultTitle } from './default-slots';
import type { Programme } from './programme';

/** The engine's own build, used when the runner picks no programme. */
export const periodisedProgramme: Programme = {
  id: 'runstrong-periodised',
  name: 'RunStrong periodised build',
  summary:
    'Foundation, max strength and power phases with deloads and a race taper, fitted to your running week.',
  source: 'SPEC B1–B22: Blagrove 2018, Støren 2008, McMillan’s Strength in Stride phase order',
  loadPreference: 'default',
  plyometricSessionsPerWeek: 2,
  preventionForAll: false,
  titleFor: defaultTitle,
  slotsFor: defaultSlots,
};
