import type { PlanExercise } from '@runstrong/core';
import type { SetBody } from '../../offline/log-queue';

/** The get-ready countdown before each set (and each side). */
export const GET_READY_MS = 5_000;
/** A timer that fires later than this (a tab in the background) starts the next phase from now. */
const LATE_MS = 1_000;

export type Side = 'left' | 'right';

/**
 * Where the player is. Times are `Date.now()` milliseconds: a countdown is its end time, and what
 * remains is `endsAt − now` whenever it is drawn, so a rest timer in a background tab keeps true
 * time. A paused phase remembers when it was paused; resuming moves its times on by the pause.
 */
export type PlayerPhase =
  | { kind: 'overview' }
  | { kind: 'ready'; endsAt: number; pausedAt?: number }
  /** Doing the set: `endsAt` for a hold (it counts down the prescribed seconds). */
  | { kind: 'work'; startedAt: number; endsAt?: number; pausedAt?: number }
  | { kind: 'log' }
  | { kind: 'rest'; endsAt: number }
  | { kind: 'finish' }
  | { kind: 'saved'; workoutId: string };

export interface LoggedSet {
  /** The client-made id the log queue sends it under; logging again with it replaces the set. */
  id: string;
  exerciseIndex: number;
  setNumber: number;
  body: SetBody;
}

export interface PlayerState {
  version: 1;
  sessionId: string;
  date: string;
  /** When the runner pressed Start: the workout's duration is measured from here. */
  startedAt: number | null;
  exerciseIndex: number;
  setNumber: number;
  sideIndex: number;
  phase: PlayerPhase;
  logged: LoggedSet[];
  /** Exercises ended early (the pain gate, or skipped). */
  ended: number[];
  /** Seconds a hold actually lasted when stopped early: the log form offers it. */
  workedSeconds?: number;
  /**
   * B26: pain 0–10 before the first set, asked on the intro (left out when not given); the
   * workout summary carries it, and the next morning's score is compared with it.
   */
  painBefore?: number;
}

export type PlayerAction =
  | { type: 'begin'; now: number; painBefore?: number | null }
  | { type: 'start-now'; now: number }
  | { type: 'tick'; now: number }
  | { type: 'done'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  | { type: 'logged'; set: LoggedSet; now: number }
  | { type: 'skip-rest'; now: number }
  | { type: 'add-rest'; seconds: number; now: number }
  | { type: 'end-exercise'; now: number }
  | { type: 'end-workout' }
  | { type: 'saved'; workoutId: string };

export type PlayerExercise = Pick<PlanExercise, 'sets' | 'perSide' | 'seconds' | 'restSeconds'>;

export const sidesOf = (exercise: Pick<PlanExercise, 'perSide'>): readonly (Side | null)[] =>
  exercise.perSide ? ['left', 'right'] : [null];

export const initialPlayerState = (sessionId: string, date: string): PlayerState => ({
  version: 1,
  sessionId,
  date,
  startedAt: null,
  exerciseIndex: 0,
  setNumber: 1,
  sideIndex: 0,
  phase: { kind: 'overview' },
  logged: [],
  ended: [],
});

const at = (endsAt: number, now: number) => (now - endsAt > LATE_MS ? now : endsAt);

const ready = (from: number): PlayerPhase => ({ kind: 'ready', endsAt: from + GET_READY_MS });

const work = (exercise: PlayerExercise | undefined, from: number): PlayerPhase =>
  exercise?.seconds !== undefined
    ? { kind: 'work', startedAt: from, endsAt: from + exercise.seconds * 1000 }
    : { kind: 'work', startedAt: from };

/** The first exercise from `index` on that was not ended early, or undefined. */
const nextExercise = (
  exercises: readonly PlayerExercise[],
  index: number,
  ended: readonly number[],
): number | undefined => {
  for (let i = index; i < exercises.length; i++) if (!ended.includes(i)) return i;
  return undefined;
};

/** The set after the current one: the next set, else the next exercise's first, else none. */
const nextSet = (
  state: PlayerState,
  exercises: readonly PlayerExercise[],
): { exerciseIndex: number; setNumber: number } | undefined => {
  const current = exercises[state.exerciseIndex];
  if (current && state.setNumber < current.sets && !state.ended.includes(state.exerciseIndex)) {
    return { exerciseIndex: state.exerciseIndex, setNumber: state.setNumber + 1 };
  }
  const next = nextExercise(exercises, state.exerciseIndex + 1, state.ended);
  return next === undefined ? undefined : { exerciseIndex: next, setNumber: 1 };
};

const afterWork = (
  state: PlayerState,
  exercises: readonly PlayerExercise[],
  from: number,
  workedSeconds: number | undefined,
): PlayerState => {
  const exercise = exercises[state.exerciseIndex];
  if (exercise && state.sideIndex + 1 < sidesOf(exercise).length) {
    return { ...state, sideIndex: state.sideIndex + 1, phase: ready(from) };
  }
  const { workedSeconds: _, ...rest } = state;
  return {
    ...rest,
    phase: { kind: 'log' },
    ...(workedSeconds !== undefined ? { workedSeconds } : {}),
  };
};

/** Moves to a set, resting first when the exercise just done prescribes rest. */
const moveTo = (
  state: PlayerState,
  exercises: readonly PlayerExercise[],
  now: number,
): PlayerState => {
  const next = nextSet(state, exercises);
  if (!next) return { ...state, phase: { kind: 'finish' } };
  const restSeconds = exercises[state.exerciseIndex]?.restSeconds ?? 0;
  const { workedSeconds: _, ...rest } = state;
  return {
    ...rest,
    ...next,
    sideIndex: 0,
    phase: restSeconds > 0 ? { kind: 'rest', endsAt: now + restSeconds * 1000 } : ready(now),
  };
};

/**
 * The player's one state transition: get ready (5 s) → the set (a hold counts down) → the other
 * side for per-side work → log it → rest → the next set; at the end, the workout's summary.
 */
export const playerReducer =
  (exercises: readonly PlayerExercise[]) =>
  (state: PlayerState, action: PlayerAction): PlayerState => {
    const { phase } = state;
    const exercise = exercises[state.exerciseIndex];
    switch (action.type) {
      case 'begin': {
        if (phase.kind !== 'overview') return state;
        const begun =
          action.painBefore == null ? state : { ...state, painBefore: action.painBefore };
        const first = nextExercise(exercises, 0, state.ended);
        if (first === undefined) return { ...begun, phase: { kind: 'finish' } };
        return {
          ...begun,
          startedAt: state.startedAt ?? action.now,
          exerciseIndex: first,
          setNumber: 1,
          sideIndex: 0,
          phase: ready(action.now),
        };
      }
      case 'start-now':
        return phase.kind === 'ready' ? { ...state, phase: work(exercise, action.now) } : state;
      case 'tick': {
        const { now } = action;
        if (phase.kind === 'ready' && phase.pausedAt === undefined && now >= phase.endsAt) {
          return { ...state, phase: work(exercise, at(phase.endsAt, now)) };
        }
        if (
          phase.kind === 'work' &&
          phase.endsAt !== undefined &&
          phase.pausedAt === undefined &&
          now >= phase.endsAt
        ) {
          return afterWork(state, exercises, at(phase.endsAt, now), undefined);
        }
        if (phase.kind === 'rest' && now >= phase.endsAt) {
          return { ...state, phase: ready(at(phase.endsAt, now)) };
        }
        return state;
      }
      case 'done': {
        if (phase.kind !== 'work') return state;
        const stoppedAt = phase.pausedAt ?? action.now;
        const early =
          phase.endsAt !== undefined && stoppedAt < phase.endsAt
            ? Math.max(0, Math.round((stoppedAt - phase.startedAt) / 1000))
            : undefined;
        return afterWork(state, exercises, action.now, early);
      }
      case 'pause':
        if ((phase.kind === 'ready' || phase.kind === 'work') && phase.pausedAt === undefined) {
          return { ...state, phase: { ...phase, pausedAt: action.now } };
        }
        return state;
      case 'resume': {
        if (phase.kind === 'ready' && phase.pausedAt !== undefined) {
          return {
            ...state,
            phase: { kind: 'ready', endsAt: phase.endsAt + action.now - phase.pausedAt },
          };
        }
        if (phase.kind === 'work' && phase.pausedAt !== undefined) {
          const shift = action.now - phase.pausedAt;
          return {
            ...state,
            phase: {
              kind: 'work',
              startedAt: phase.startedAt + shift,
              ...(phase.endsAt !== undefined ? { endsAt: phase.endsAt + shift } : {}),
            },
          };
        }
        return state;
      }
      case 'logged': {
        const logged = [...state.logged.filter((s) => s.id !== action.set.id), action.set];
        if (phase.kind !== 'log') return { ...state, logged };
        return moveTo({ ...state, logged }, exercises, action.now);
      }
      case 'skip-rest':
        return phase.kind === 'rest' ? { ...state, phase: ready(action.now) } : state;
      case 'add-rest':
        return phase.kind === 'rest'
          ? { ...state, phase: { kind: 'rest', endsAt: phase.endsAt + action.seconds * 1000 } }
          : state;
      case 'end-exercise': {
        // Ends the exercise of the current position: in a rest that is the next set's (the pain
        // gate asks for it while sets of the painful exercise remain).
        if (phase.kind === 'log' || phase.kind === 'overview' || phase.kind === 'finish')
          return state;
        const ended = [...state.ended, state.exerciseIndex];
        const next = nextExercise(exercises, state.exerciseIndex + 1, ended);
        if (next === undefined) return { ...state, ended, phase: { kind: 'finish' } };
        const moved = { ...state, ended, exerciseIndex: next, setNumber: 1, sideIndex: 0 };
        return phase.kind === 'rest' ? moved : { ...moved, phase: ready(action.now) };
      }
      case 'end-workout':
        return phase.kind === 'saved' ? state : { ...state, phase: { kind: 'finish' } };
      case 'saved':
        return { ...state, phase: { kind: 'saved', workoutId: action.workoutId } };
    }
  };

/** Milliseconds left on the current countdown (0 when none, or when it has run out). */
export const remainingMs = (phase: PlayerPhase, now: number): number => {
  if (phase.kind === 'ready' || phase.kind === 'work') {
    if (phase.kind === 'work' && phase.endsAt === undefined) return 0;
    const endsAt = phase.endsAt ?? 0;
    return Math.max(0, endsAt - (phase.pausedAt ?? now));
  }
  if (phase.kind === 'rest') return Math.max(0, phase.endsAt - now);
  return 0;
};

/** The whole seconds a countdown shows: 89.2 s left reads 90, so "0" appears only at the end. */
export const displaySeconds = (ms: number): number => Math.ceil(ms / 1000);

/** "1:30", "0:05". */
export const clock = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Minutes from Start to now, at least 1 (the log's lower bound), at most 600. */
export const workoutMinutes = (startedAt: number | null, now: number): number =>
  Math.min(600, Math.max(1, Math.round((now - (startedAt ?? now)) / 60_000)));

/** Sets logged and sets in the session (ended exercises count what was done). */
export const progressOf = (state: PlayerState, exercises: readonly PlayerExercise[]) => {
  const total = exercises.reduce(
    (sum, e, i) =>
      sum +
      (state.ended.includes(i) ? state.logged.filter((s) => s.exerciseIndex === i).length : e.sets),
    0,
  );
  return { done: state.logged.length, total };
};
