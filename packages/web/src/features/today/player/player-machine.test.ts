import { describe, expect, it } from 'vitest';
import {
  clock,
  displaySeconds,
  GET_READY_MS,
  initialPlayerState,
  type LoggedSet,
  type PlayerAction,
  type PlayerExercise,
  type PlayerState,
  playerReducer,
  progressOf,
  remainingMs,
  workoutMinutes,
} from './player-machine';

const squat: PlayerExercise = { sets: 2, perSide: false, restSeconds: 90 };
const lunge: PlayerExercise = { sets: 1, perSide: true, restSeconds: 60 };
const plank: PlayerExercise = { sets: 1, perSide: false, seconds: 30, restSeconds: 45 };
const exercises = [squat, lunge, plank];
const reduce = playerReducer(exercises);

const run = (actions: PlayerAction[], from = initialPlayerState('s', '2026-12-01')): PlayerState =>
  actions.reduce(reduce, from);

const logged = (state: PlayerState, id: string): LoggedSet => ({
  id,
  exerciseIndex: state.exerciseIndex,
  setNumber: state.setNumber,
  body: {
    sessionId: 's',
    exerciseId: 'x',
    setNumber: state.setNumber,
    performedOn: '2026-12-01',
    reps: 10,
  },
});

describe('the guided player', () => {
  it('counts down 5 s before the first set, then the set runs until Done', () => {
    let s = run([{ type: 'begin', now: 0 }]);
    expect(s.phase).toEqual({ kind: 'ready', endsAt: GET_READY_MS });
    expect(s.startedAt).toBe(0);
    s = reduce(s, { type: 'tick', now: 4_999 });
    expect(s.phase.kind).toBe('ready');
    s = reduce(s, { type: 'tick', now: 5_000 });
    expect(s.phase).toEqual({ kind: 'work', startedAt: 5_000 });
    s = reduce(s, { type: 'tick', now: 60_000 });
    expect(s.phase.kind).toBe('work');
    s = reduce(s, { type: 'done', now: 60_000 });
    expect(s.phase.kind).toBe('log');
  });

  it('B26: keeps the pain before the session, given once at the start, to the end', () => {
    const asked = run([{ type: 'begin', now: 0, painBefore: 3 }]);
    expect(asked.painBefore).toBe(3);
    expect(reduce(asked, { type: 'begin', now: 10, painBefore: 8 }).painBefore).toBe(3);
    expect(reduce(asked, { type: 'end-workout' }).painBefore).toBe(3);
    expect('painBefore' in run([{ type: 'begin', now: 0, painBefore: null }])).toBe(false);
    expect('painBefore' in run([{ type: 'begin', now: 0 }])).toBe(false);
  });

  it('rests the prescribed seconds in true time, with +30 s and skip', () => {
    let s = run([
      { type: 'begin', now: 0 },
      { type: 'start-now', now: 1_000 },
      { type: 'done', now: 20_000 },
    ]);
    s = reduce(s, { type: 'logged', set: logged(s, 'a'), now: 21_000 });
    expect(s).toMatchObject({
      exerciseIndex: 0,
      setNumber: 2,
      phase: { kind: 'rest', endsAt: 111_000 },
    });
    // A tab in the background for a minute: the rest still ends at the same moment.
    expect(displaySeconds(remainingMs(s.phase, 81_000))).toBe(30);
    s = reduce(s, { type: 'add-rest', seconds: 30, now: 81_000 });
    expect(displaySeconds(remainingMs(s.phase, 81_000))).toBe(60);
    expect(reduce(s, { type: 'tick', now: 140_999 }).phase.kind).toBe('rest');
    expect(reduce(s, { type: 'tick', now: 141_000 }).phase).toEqual({
      kind: 'ready',
      endsAt: 141_000 + GET_READY_MS,
    });
    expect(reduce(s, { type: 'skip-rest', now: 90_000 }).phase).toEqual({
      kind: 'ready',
      endsAt: 95_000,
    });
  });

  it('a timer noticed late (background tab) starts the next phase from now, not in the past', () => {
    let s = run([{ type: 'begin', now: 0 }]);
    s = reduce(s, { type: 'tick', now: 600_000 });
    expect(s.phase).toEqual({ kind: 'work', startedAt: 600_000 });
  });

  it('per-side work: left, get ready, right, then one log for the set', () => {
    let s = run([{ type: 'begin', now: 0 }]);
    for (const _ of [1, 2]) {
      s = reduce(s, { type: 'start-now', now: 0 });
      s = reduce(s, { type: 'done', now: 0 });
      s = reduce(s, { type: 'logged', set: logged(s, `squat-${s.setNumber}`), now: 0 });
      s = reduce(s, { type: 'skip-rest', now: 0 });
    }
    expect(s).toMatchObject({ exerciseIndex: 1, setNumber: 1, sideIndex: 0 });
    s = reduce(s, { type: 'start-now', now: 0 });
    s = reduce(s, { type: 'done', now: 0 });
    expect(s).toMatchObject({ sideIndex: 1, phase: { kind: 'ready' } });
    s = reduce(s, { type: 'start-now', now: 0 });
    s = reduce(s, { type: 'done', now: 0 });
    expect(s.phase.kind).toBe('log');
  });

  it('a hold counts down its seconds and ends by itself; stopped early it remembers how long it lasted', () => {
    const from: PlayerState = { ...initialPlayerState('s', 'd'), exerciseIndex: 2 };
    let s = reduce({ ...from, phase: { kind: 'ready', endsAt: 0 } }, { type: 'tick', now: 0 });
    expect(s.phase).toEqual({ kind: 'work', startedAt: 0, endsAt: 30_000 });
    expect(displaySeconds(remainingMs(s.phase, 12_300))).toBe(18);
    expect(reduce(s, { type: 'tick', now: 30_000 }).phase.kind).toBe('log');
    s = reduce(s, { type: 'done', now: 21_400 });
    expect(s).toMatchObject({ phase: { kind: 'log' }, workedSeconds: 21 });
  });

  it('pausing stops the clock; resuming carries on where it stopped', () => {
    const from: PlayerState = {
      ...initialPlayerState('s', 'd'),
      exerciseIndex: 2,
      phase: { kind: 'ready', endsAt: 0 },
    };
    let s = reduce(from, { type: 'tick', now: 0 });
    s = reduce(s, { type: 'pause', now: 10_000 });
    expect(reduce(s, { type: 'tick', now: 90_000 }).phase.kind).toBe('work');
    expect(remainingMs(s.phase, 90_000)).toBe(20_000);
    s = reduce(s, { type: 'resume', now: 90_000 });
    expect(s.phase).toEqual({ kind: 'work', startedAt: 80_000, endsAt: 110_000 });
  });

  it('after the last set comes the finish; a set logged again under its id replaces it', () => {
    let s: PlayerState = {
      ...initialPlayerState('s', 'd'),
      exerciseIndex: 2,
      phase: { kind: 'log' },
    };
    const set = logged(s, 'last');
    s = reduce(s, { type: 'logged', set, now: 0 });
    expect(s.phase.kind).toBe('finish');
    s = reduce(s, { type: 'logged', set: { ...set, body: { ...set.body, reps: 8 } }, now: 0 });
    expect(s.logged).toHaveLength(1);
    expect(s.logged[0]?.body.reps).toBe(8);
  });

  it('B26: ending an exercise (pain above 5) skips its remaining sets but keeps the rest before the next one', () => {
    let s = run([
      { type: 'begin', now: 0 },
      { type: 'start-now', now: 0 },
      { type: 'done', now: 0 },
    ]);
    s = reduce(s, { type: 'logged', set: logged(s, 'a'), now: 0 });
    expect(s).toMatchObject({ exerciseIndex: 0, setNumber: 2, phase: { kind: 'rest' } });
    s = reduce(s, { type: 'end-exercise', now: 1_000 });
    expect(s).toMatchObject({
      exerciseIndex: 1,
      setNumber: 1,
      ended: [0],
      phase: { kind: 'rest' },
    });
    expect(progressOf(s, exercises)).toEqual({ done: 1, total: 1 + 1 + 1 });
  });

  it('ending the workout goes to the summary; the duration is measured from Start', () => {
    const s = run([{ type: 'begin', now: 0 }, { type: 'end-workout' }]);
    expect(s.phase.kind).toBe('finish');
    expect(workoutMinutes(s.startedAt, 34 * 60_000 + 20_000)).toBe(34);
    expect(workoutMinutes(s.startedAt, 5_000)).toBe(1);
  });

  it('writes times as m:ss', () => {
    expect(clock(90)).toBe('1:30');
    expect(clock(5)).toBe('0:05');
    expect(displaySeconds(89_001)).toBe(90);
  });
});
