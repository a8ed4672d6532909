import type { Phase, PlanSession, RunDayType, Weekday } from '@runstrong/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Finding } from './plan-words';

/** One day of the current plan, as GET /api/plan answers it. */
export interface PlanDayView {
  date: string;
  weekday: Weekday;
  week: number;
  phase: Phase;
  run: RunDayType;
  sessions: PlanSession[];
  reasons: Finding[];
}

export interface PlanView {
  planId: string;
  version: number;
  programme: { id: string; name: string };
  days: PlanDayView[];
}

/** What a move, skip or swap answers: the session as it now is and where it now sits. */
export interface ChangeResult {
  changeId: string;
  warnings: { rule: string; message: string }[];
  session: PlanSession;
  date: string;
}

export interface SwapOption {
  id: string;
  name: string;
  pattern: string;
}

export interface DayExplanation {
  reasons: string[];
  decisions: string[];
  changes: string[];
}

export type Units = 'metric' | 'imperial';

/**
 * Every plan query sits under this key (other screens' too, such as today's session), so one
 * invalidation after a change refreshes them all.
 */
export const PLAN_KEY = ['plan'] as const;

const sessionPath = (sessionId: string, action: string) =>
  `/api/plan/sessions/${encodeURIComponent(sessionId)}/${action}`;

/** A client-made id makes a retried change happen once; plain-http hosts lack randomUUID. */
const changeId = (): { id?: string } =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? { id: crypto.randomUUID() }
    : {};

/**
 * The whole current plan, fetched once and sliced by the views: the page needs its first and
 * last day to open on the right week, the move picker reaches into the next week and a month
 * grid spans several; a 16-week plan is about 100 kB.
 */
export const usePlan = () =>
  useQuery({
    queryKey: PLAN_KEY,
    queryFn: () => api<PlanView>('GET', '/api/plan'),
    staleTime: 60_000,
  });

/** The runner's units for loads; metric until the profile says otherwise. */
export const useUnits = () =>
  useQuery({
    queryKey: ['profile', 'units'],
    queryFn: async (): Promise<Units> =>
      (await api<{ profile: { units?: Units } }>('GET', '/api/profile')).profile.units ?? 'metric',
    staleTime: 5 * 60_000,
  });

const useInvalidatePlan = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: PLAN_KEY });
};

export interface MoveRequest {
  sessionId: string;
  to: string;
  insist?: boolean;
}

export const useMoveSession = () => {
  const invalidate = useInvalidatePlan();
  return useMutation({
    mutationFn: ({ sessionId, to, insist = false }: MoveRequest) =>
      api<ChangeResult>('POST', sessionPath(sessionId, 'move'), { to, insist, ...changeId() }),
    onSettled: invalidate,
  });
};

export const useSkipSession = () => {
  const invalidate = useInvalidatePlan();
  return useMutation({
    mutationFn: (sessionId: string) =>
      api<ChangeResult>('POST', sessionPath(sessionId, 'skip'), changeId()),
    onSettled: invalidate,
  });
};

export interface SwapRequest {
  sessionId: string;
  exerciseId: string;
  with: string;
}

export const useSwapExercise = () => {
  const invalidate = useInvalidatePlan();
  return useMutation({
    mutationFn: ({ sessionId, exerciseId, with: replacement }: SwapRequest) =>
      api<ChangeResult>('POST', sessionPath(sessionId, 'swap'), {
        exerciseId,
        with: replacement,
        ...changeId(),
      }),
    onSettled: invalidate,
  });
};

export const useSwapOptions = (sessionId: string, exerciseId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...PLAN_KEY, 'swap-options', sessionId, exerciseId],
    queryFn: async () =>
      (
        await api<{ options: SwapOption[] }>(
          'GET',
          `${sessionPath(sessionId, 'swap-options')}?exerciseId=${encodeURIComponent(exerciseId)}`,
        )
      ).options,
    enabled,
  });

/** Why a day has its session: the week's plan decisions and the runner's own changes. */
export const useExplainDay = (date: string, enabled: boolean) =>
  useQuery({
    queryKey: [...PLAN_KEY, 'explain', date],
    queryFn: () => api<DayExplanation>('GET', `/api/plan/explain?date=${date}`),
    enabled,
  });
