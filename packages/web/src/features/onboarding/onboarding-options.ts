import type {
  BandTension,
  Experience,
  InjuryArea,
  RACE_DISTANCES,
  RunDayType,
  Weekday,
} from '@runstrong/core';

/**
 * The choices the form offers, with their words. They mirror the core's lists (WEEKDAYS,
 * RUN_DAY_TYPES, INJURY_AREAS, …) but are written out here: importing those constants would pull
 * zod into the first screen's JavaScript, since the modules that define them build schemas too.
 * `onboarding-options.test.ts` fails if the two ever drift apart.
 */

export type RaceDistance = (typeof RACE_DISTANCES)[number];
export type Units = 'metric' | 'imperial';
export type InjuryChoice = 'none' | 'history' | 'current';

export interface Option<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export const DAYS: readonly { value: Weekday; label: string }[] = [
  { value: 'mon', label: 'Monday' },
  { value: 'tue', label: 'Tuesday' },
  { value: 'wed', label: 'Wednesday' },
  { value: 'thu', label: 'Thursday' },
  { value: 'fri', label: 'Friday' },
  { value: 'sat', label: 'Saturday' },
  { value: 'sun', label: 'Sunday' },
];

export const RUN_TYPES: readonly Option<RunDayType>[] = [
  { value: 'rest', label: 'Rest' },
  { value: 'easy', label: 'Easy' },
  { value: 'quality', label: 'Quality' },
  { value: 'long', label: 'Long' },
  { value: 'race', label: 'Race' },
];

export const RACE_DISTANCE_OPTIONS: readonly Option<RaceDistance>[] = [
  { value: '5k', label: '5 km' },
  { value: '10k', label: '10 km' },
  { value: 'half-marathon', label: 'Half marathon' },
  { value: 'marathon', label: 'Marathon' },
  { value: 'other', label: 'Other' },
];

export const EXPERIENCE_OPTIONS: readonly Option<Experience>[] = [
  {
    value: 'novice',
    label: 'Novice',
    hint: 'New to lifting, or back after a long break: 8–12 reps, form first (B4).',
  },
  {
    value: 'intermediate',
    label: 'Intermediate',
    hint: 'Lifted regularly for 6 months or more and know squats, lunges and deadlifts.',
  },
  {
    value: 'advanced',
    label: 'Advanced',
    hint: 'Years of steady lifting; heavy sets of 3–6 reps are familiar.',
  },
];

export const SESSION_OPTIONS: readonly Option<'1' | '2' | '3'>[] = [
  { value: '1', label: '1' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
];

export const BAND_OPTIONS: readonly Option<BandTension>[] = [
  { value: 'light', label: 'Light' },
  { value: 'medium', label: 'Medium' },
  { value: 'heavy', label: 'Heavy' },
];

export const INJURY_AREA_OPTIONS: readonly Option<InjuryArea>[] = [
  { value: 'achilles', label: 'Achilles' },
  { value: 'it-band', label: 'IT band' },
  { value: 'knee', label: 'Knee' },
  { value: 'shin', label: 'Shins' },
  { value: 'plantar-fascia', label: 'Plantar fascia' },
  { value: 'hamstring', label: 'Hamstrings' },
];

export const INJURY_CHOICES: readonly Option<InjuryChoice>[] = [
  { value: 'none', label: 'None' },
  { value: 'history', label: 'History' },
  { value: 'current', label: 'Current niggle' },
];

export const UNIT_OPTIONS: readonly Option<Units>[] = [
  { value: 'metric', label: 'Metric (kg, cm)' },
  { value: 'imperial', label: 'Imperial (lb, in)' },
];
