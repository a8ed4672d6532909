import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ActivityDto, RunningWeekAnswer } from './runs-types';

/** Every activities query sits under this key, so one invalidation refreshes them all. */
export const ACTIVITIES_KEY = ['activities'] as const;

/** The runner's activities, newest first. */
export const useActivities = () =>
  useQuery({
    queryKey: [...ACTIVITIES_KEY, 'list'],
    queryFn: async () =>
      (await api<{ activities: ActivityDto[] }>('GET', '/api/activities')).activities,
    staleTime: 60_000,
  });

/** The running week the imported runs show, beside the profile's. */
export const useRunningWeekSuggestion = () =>
  useQuery({
    queryKey: [...ACTIVITIES_KEY, 'running-week'],
    queryFn: () => api<RunningWeekAnswer>('GET', '/api/activities/running-week'),
    staleTime: 60_000,
  });

/**
 * After runs arrive or go: the list, the suggested week, the training load (under progress) and
 * the plan, which the coach may have adapted to them.
 */
export const refreshAfterRuns = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: ACTIVITIES_KEY }),
    queryClient.invalidateQueries({ queryKey: ['progress'] }),
    queryClient.invalidateQueries({ queryKey: ['plan'] }),
  ]);

export const useDeleteActivity = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/api/activities/${encodeURIComponent(id)}`),
    onSettled: () => refreshAfterRuns(queryClient),
  });
};
