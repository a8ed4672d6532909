import { defaultSlots, defaultTitle } from './default-slots';
import type { Programme } from './programme';

/**
 * How strength fits the running week, with injury prevention for every common overuse injury
 * (A7, A11): the default build plus one prevention exercise a session, in rotation.
 */
export const runningAndStrengthTraining: Programme = {
  id: 'running-and-strength-training',
  name: 'Running and Strength Training',
  summary:
    'Sessions fitted around your quality and long runs, with prevention work for Achilles, IT band, knee, shins, plantar fascia and hamstrings.',
  source:
    'Seed article: “The Running and Strength Training guide explains how these exercises integrate into a weekly plan to reduce injury risk” (A11)',
  loadPreference: 'default',
  plyometricSessionsPerWeek: 2,
  preventionForAll: true,
  titleFor: defaultTitle,
  slotsFor: defaultSlots,
};
