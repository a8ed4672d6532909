import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';
import type { CoachingView, PlanDayLike } from './coaching-data';
import type { DateWindow } from './dates';
import type { AdherenceView, ExerciseHistory, LoggedSet, WeeklyVolume } from './progress-data';
import type { LoadView } from './training-load-data';

const range = ({ from, to }: DateWindow) =>
  `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

/** Logged sets in a window; under `['log']`, so a flushed offline queue refreshes it. */
export const useLoggedSets = (window: DateWindow) =>
  useQuery({
    queryKey: ['log', 'sets', window.from, window.to],
    queryFn: async () =>
      (await api<{ sets: LoggedSet[] }>('GET', `/api/log/sets?${range(window)}`)).sets,
    staleTime: 60_000,
  });

export const useExerciseHistory = (exerciseId: string | undefined, window: DateWindow) =>
  useQuery({
    queryKey: ['progress', 'exercise', exerciseId, window.from, window.to],
    queryFn: () =>
      api<ExerciseHistory>(
        'GET',
        `/api/progress/exercises/${encodeURIComponent(exerciseId ?? '')}?${range(window)}`,
      ),
    enabled: exerciseId !== undefined,
    staleTime: 60_000,
  });

export const useWeeklyVolume = (window: DateWindow) =>
  useQuery({
    queryKey: ['progress', 'weekly-volume', window.from, window.to],
    queryFn: () => api<WeeklyVolume>('GET', `/api/progress/weekly-volume?${range(window)}`),
    staleTime: 60_000,
  });

/** Adherence against the current plan; null when there is no plan yet. */
export const useAdherence = (window: DateWindow) =>
  useQuery({
    queryKey: ['progress', 'adherence', window.from, window.to],
    queryFn: async (): Promise<AdherenceView | null> => {
      try {
        return await api<AdherenceView>('GET', `/api/progress/adherence?${range(window)}`);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });

/** Running and strength load together, the last `days` days up to today. */
export const useTrainingLoad = (days: number) =>
  useQuery({
    queryKey: ['progress', 'load', days],
    queryFn: () => api<LoadView>('GET', `/api/load?days=${days}`),
    staleTime: 60_000,
  });

/**
 * What the coach changed after the logged sessions, and the estimated 1RMs; null when there is
 * no plan yet. Under the plan's key: whatever refreshes the plan refreshes this too.
 */
export const useCoaching = () =>
  useQuery({
    queryKey: ['plan', 'coaching'],
    queryFn: async (): Promise<CoachingView | null> => {
      try {
        return await api<CoachingView>('GET', '/api/plan/coaching');
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });

/** The plan's days from `from` on, as coached: where the next prescriptions are read. */
export const useUpcomingDays = (from: string | undefined) =>
  useQuery({
    queryKey: ['plan', 'from', from],
    queryFn: async () =>
      (
        await api<{ days: PlanDayLike[] }>(
          'GET',
          `/api/plan?from=${encodeURIComponent(from ?? '')}`,
        )
      ).days,
    enabled: from !== undefined,
    staleTime: 60_000,
  });
