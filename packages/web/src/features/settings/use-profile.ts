import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';

export type Units = 'metric' | 'imperial';

/**
 * The stored runner profile as the API keeps it (the JSON the runner sent). Only the fields the
 * settings screen edits are typed; the rest is carried through untouched when it is saved back.
 */
export interface ProfileDocument {
  units?: Units;
  equipment?: Equipment;
  injuries?: Injury[];
  program?: string;
  [field: string]: unknown;
}

export type BandTension = 'light' | 'medium' | 'heavy';
export type InjuryArea = 'achilles' | 'it-band' | 'knee' | 'shin' | 'plantar-fascia' | 'hamstring';
export type InjuryStatus = 'history' | 'current';

export interface Equipment {
  bands?: BandTension[];
  dumbbells?: { maxKg: number };
  kettlebells?: { kg: number[] };
  weightVest?: { kg: number };
  box?: { heightsCm: number[] };
  pullUpBar?: boolean;
  bench?: boolean;
  barbell?: boolean;
}

export interface Injury {
  area: InjuryArea;
  status: InjuryStatus;
}

/**
 * Every profile query sits under `['profile']` (the plan screen's units too), so one
 * invalidation after a save refreshes them all.
 */
export const PROFILE_KEY = ['profile', 'document'] as const;

/** The runner's profile, or null before onboarding has made one. */
export const useProfileDocument = () =>
  useQuery({
    queryKey: PROFILE_KEY,
    queryFn: async (): Promise<ProfileDocument | null> => {
      try {
        return (await api<{ profile: ProfileDocument }>('GET', '/api/profile')).profile;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });

/** The runner's units: metric until the profile says otherwise. */
export const unitsOf = (profile: ProfileDocument | null | undefined): Units =>
  profile?.units === 'imperial' ? 'imperial' : 'metric';
