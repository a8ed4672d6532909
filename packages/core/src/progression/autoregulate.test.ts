import { describe, expect, it } from 'vitest';
import { type ExerciseSession, nextProgressionStep } from './autoregulate';

const session = (reps: number[], rpe: number, targetReps = 8): ExerciseSession => ({
  sets: reps.map((r) => ({ reps: r, rpe })),
  repRange: [8, 12],
  targetReps,
  targetRpe: 8,
});

describe('progressing from the log', () => {
  it('B13: every set at the top of the range at target RPE raises the load and returns to the bottom', () => {
    expect(nextProgressionStep([session([12, 12, 12], 8, 12)])).toMatchObject({
      action: 'raise-load',
      rule: 'B13',
      nextReps: 8,
    });
  });

  it('B13: one set short of the top builds reps instead', () => {
    expect(nextProgressionStep([session([12, 12, 11], 8, 11)])).toMatchObject({
      action: 'add-reps',
      nextReps: 12,
    });
  });

  it('B14: beating the target by 2 on the last set two sessions running raises the load', () => {
    const step = nextProgressionStep([session([8, 8, 10], 8), session([8, 9, 10], 8)]);
    expect(step).toMatchObject({ action: 'raise-load', rule: 'B14' });
  });

  it('B14: once is not enough', () => {
    expect(nextProgressionStep([session([8, 8, 8], 8), session([8, 9, 10], 8)]).action).toBe(
      'add-reps',
    );
  });

  it('B16: RPE at target + 1 holds the load; twice in a row cuts it', () => {
    expect(nextProgressionStep([session([8, 8, 8], 9)])).toMatchObject({
      action: 'hold',
      rule: 'B16',
    });
    expect(nextProgressionStep([session([8, 8, 8], 9), session([8, 8, 8], 9.5)])).toMatchObject({
      action: 'cut-load',
      rule: 'B16',
    });
  });

  it('B16: RPE 1.5 or more below target progresses early', () => {
    expect(nextProgressionStep([session([8, 8, 8], 6.5)])).toMatchObject({
      action: 'raise-load',
      rule: 'B16',
    });
    expect(nextProgressionStep([session([8, 8, 8], 7)]).action).toBe('add-reps');
  });

  it('B16 before B13: reps at the top but at RPE target + 1 do not earn more load', () => {
    expect(nextProgressionStep([session([12, 12, 12], 9, 12)]).action).toBe('hold');
  });
});
