import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';

/** Under `['profile']` like the other screens' profile queries, so one invalidation refreshes all. */
export const SAVED_PROFILE_KEY = ['profile', 'onboarding'] as const;

export interface SavedProfile {
  profile: Record<string, unknown>;
  updatedAt: string;
}

/** The runner's saved profile, or null when they have none yet (the API's 404). */
export const useSavedProfile = () =>
  useQuery({
    queryKey: SAVED_PROFILE_KEY,
    queryFn: async (): Promise<SavedProfile | null> => {
      try {
        return await api<SavedProfile>('GET', '/api/profile');
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
