import type { RunnerProfileInput } from '@runstrong/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { ApiError, api } from '../../api/client';
import { SAVED_PROFILE_KEY, type SavedProfile } from './use-saved-profile';

/** Which step failed: the profile itself, or the plan made from it once it was saved. */
export class SaveError extends Error {
  constructor(
    readonly step: 'profile' | 'plan',
    readonly apiError: ApiError,
    /** The profile that was sent, to tell whether a field still holds what the server refused. */
    readonly sent: RunnerProfileInput,
  ) {
    super(apiError.message);
  }
}

const asApiError = (caught: unknown): ApiError =>
  caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught), {});

/**
 * Saves the profile (`PUT /api/profile`), makes a plan from it (`POST /api/plans`), then opens
 * the plan. Every cached view of the runner's data is marked stale, since a new plan changes
 * them all; the session is left alone.
 */
export const useSaveProfile = () => {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation<void, SaveError, RunnerProfileInput>({
    mutationFn: async (profile) => {
      let saved: SavedProfile;
      try {
        saved = await api<SavedProfile>('PUT', '/api/profile', profile);
      } catch (caught) {
        throw new SaveError('profile', asApiError(caught), profile);
      }
      queryClient.setQueryData(SAVED_PROFILE_KEY, saved);
      try {
        await api('POST', '/api/plans', {});
      } catch (caught) {
        throw new SaveError('plan', asApiError(caught), profile);
      }
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== 'session',
        refetchType: 'none',
      });
      await navigate({ to: '/plan' });
    },
  });
};
