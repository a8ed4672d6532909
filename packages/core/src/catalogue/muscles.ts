import { z } from 'zod';

export const MUSCLES = [
  'gluteus-maximus',
  'gluteus-medius',
  'hamstrings',
  'quadriceps',
  'adductors',
  'hip-flexors',
  'gastrocnemius',
  'soleus',
  'tibialis-anterior',
  'foot-intrinsics',
  'rectus-abdominis',
  'obliques',
  'transverse-abdominis',
  'erector-spinae',
  'lats',
  'upper-back',
  'chest',
  'shoulders',
  'triceps',
  'biceps',
  'forearms',
] as const;
export const muscleSchema = z.enum(MUSCLES);
export type Muscle = z.infer<typeof muscleSchema>;

/** A8's priority groups, in the words a runner uses. */
export const MUSCLE_GROUPS = {
  glutes: ['gluteus-maximus', 'gluteus-medius'],
  hamstrings: ['hamstrings'],
  quads: ['quadriceps'],
  calves: ['gastrocnemius', 'soleus'],
  core: ['rectus-abdominis', 'obliques', 'transverse-abdominis', 'erector-spinae'],
} as const satisfies Record<string, readonly Muscle[]>;
export type PriorityGroup = keyof typeof MUSCLE_GROUPS;

/** Muscles whose soreness decides B8's 48 h spacing: the lower body that running also uses. */
export const LOWER_BODY_MUSCLES: readonly Muscle[] = [
  'gluteus-maximus',
  'gluteus-medius',
  'hamstrings',
  'quadriceps',
  'adductors',
  'hip-flexors',
  'gastrocnemius',
  'soleus',
  'tibialis-anterior',
  'foot-intrinsics',
];
