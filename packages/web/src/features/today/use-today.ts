import { addDays, type IsoDate, type PlanSession } from '@runstrong/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Units } from './player/set-words';

export interface DayReason {
  rule?: string;
  message: string;
}

/** One day of the current plan, as GET /api/plan/today and GET /api/plan answer it. */
export interface TodayDay {
  date: string;
  weekday: string;
  week: number;
  phase: string;
  run: string;
  sessions: PlanSession[];
  reasons: DayReason[];
}

export interface TodayView {
  date: string;
  inPlan: boolean;
  day?: TodayDay;
}

/**
 * The day's sessions. Under the plan's query key, so a move, skip or swap elsewhere refreshes
 * it. The date is the device's, not the server's (which is UTC).
 */
export const useToday = (date: string) =>
  useQuery({
    queryKey: ['plan', 'today', date],
    queryFn: () => api<TodayView>('GET', `/api/plan/today?date=${date}`),
    staleTime: 60_000,
  });

/** The next day with a session to do, in the fortnight after `date`. */
export const useNextSession = (date: string, enabled: boolean) =>
  useQuery({
    queryKey: ['plan', 'next', date],
    queryFn: async () => {
      const from = addDays(date as IsoDate, 1);
      const to = addDays(date as IsoDate, 14);
      const { days } = await api<{ days: TodayDay[] }>('GET', `/api/plan?from=${from}&to=${to}`);
      return days.find((d) => d.sessions.some((s) => !s.skipped)) ?? null;
    },
    enabled,
    staleTime: 60_000,
  });

/** The runner's units for loads; metric until the profile says otherwise (same key as the plan's). */
export const useUnits = () =>
  useQuery({
    queryKey: ['profile', 'units'],
    queryFn: async (): Promise<Units> =>
      (await api<{ profile: { units?: Units } }>('GET', '/api/profile')).profile.units ?? 'metric',
    staleTime: 5 * 60_000,
  });

export interface WorkoutView {
  id: string;
  sessionId: string;
  performedOn: string;
  /** B26: pain 0–10 before the session and the next morning; null when not given. */
  painBefore: number | null;
  painNextMorning: number | null;
}

/** Workout summaries already on the server for the day: those sessions read "Done". */
export const useWorkoutsOn = (date: string) =>
  useQuery({
    queryKey: ['log', 'workouts', date],
    queryFn: async () =>
      (await api<{ workouts: WorkoutView[] }>('GET', `/api/log/workouts?from=${date}&to=${date}`))
        .workouts,
    staleTime: 30_000,
  });

/** The workouts of the two days before `date`: the one asked about the next morning is there. */
export const useRecentWorkouts = (date: string) =>
  useQuery({
    queryKey: ['log', 'workouts', 'recent', date],
    queryFn: async () => {
      const from = addDays(date as IsoDate, -2);
      const to = addDays(date as IsoDate, -1);
      return (
        await api<{ workouts: WorkoutView[] }>('GET', `/api/log/workouts?from=${from}&to=${to}`)
      ).workouts;
    },
    staleTime: 60_000,
  });

/**
 * B26: the next morning's pain, on each of the workouts asked about. The coach reads it on the
 * next read of the plan, so the plan (and progress) are read again after it.
 */
export const useSaveMorningPain = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ ids, pain }: { ids: readonly string[]; pain: number }) => {
      for (const id of ids) {
        await api('PATCH', `/api/log/workouts/${encodeURIComponent(id)}`, {
          painNextMorning: pain,
        });
      }
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['log', 'workouts'] }),
        queryClient.invalidateQueries({ queryKey: ['plan'] }),
        queryClient.invalidateQueries({ queryKey: ['progress'] }),
      ]),
  });
};
