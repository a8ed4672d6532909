import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/iso-date';
import { generatePlan } from '../plan/generate-plan';
import { type Load, type PlanExercise, planSchema } from '../plan/plan.schema';
import { example } from '../test-support/profiles';
import {
  loggedSets,
  loggedWorkout,
  logOf,
  planExercise,
  prescriptionIn,
  repsAt,
  times,
  withExercises,
} from '../test-support/training-log';
import { coachPlan } from './coach-plan';
import { isSuccessfulExercise } from './successful-set';
import type { TrainingLog } from './training-log';

// The example profile's plan: foundation weeks with strength on Tuesdays and Thursdays, 5, 7, 12,
// 14, 19 and 21 January 2027. Each test puts its own exercise into the Tuesday sessions.
const profile = example();
const generated = generatePlan(profile);
const tue = (day: number) => `2027-01-${String(day).padStart(2, '0')}-strength`;
const date = (day: number) => `2027-01-${String(day).padStart(2, '0')}`;
const dumbbells = (kg: number | null): Load => ({
  kind: 'kg',
  equipment: 'dumbbells',
  kg,
  maxKg: 20,
  targetRpe: 8,
});
const goblet = (reps: number, kg: number | null = 16): PlanExercise =>
  planExercise('goblet-squat', { sets: 3, reps, load: dumbbells(kg), targetRpe: 8 });

/** Goblet squats every Tuesday of January; the log; coached on `today`. */
const coach = (first: PlanExercise, log: TrainingLog, today: string) => {
  const plan = withExercises(generated, {
    [tue(5)]: [first],
    [tue(12)]: [first],
    [tue(19)]: [first],
    [tue(26)]: [first],
  });
  const result = coachPlan({ plan, changes: [], profile, log, today: today as IsoDate });
  expect(planSchema.safeParse(result.plan).error?.issues ?? []).toEqual([]);
  return {
    ...result,
    next: (day: number) => prescriptionIn(result.plan, tue(day), 'goblet-squat'),
  };
};

const doseOf = (e: PlanExercise | undefined) => ({
  kg: e?.load.kind === 'kg' ? e.load.kg : null,
  reps: e?.reps,
});

describe('double progression (B13) and the 2-for-2 rule (B14)', () => {
  it('B13: 3×12 at RPE 7 with 16 kg dumbbells (target 8–12 @ RPE 8) → 18 kg × 8', () => {
    // Every set reached the top of 8–12 at or below RPE 8: more load, back to 8 reps.
    // 16 × 1.05 = 16.8; the next 2 kg dumbbell step is 18 kg (+12.5 %, one step: B15's "never
    // below one step" wins over its 10 % when the smallest step is bigger).
    const log = logOf(
      loggedSets(tue(5), 'goblet-squat', date(5), times(3, { reps: 12, kg: 16, rpe: 7 })),
    );
    const { next, changes } = coach(goblet(12), log, date(6));
    expect(doseOf(next(12))).toEqual({ kg: 18, reps: 8 });
    expect(doseOf(next(26))).toEqual({ kg: 18, reps: 8 });
    expect(changes.find((c) => c.sessionId === tue(12))).toMatchObject({
      rule: 'B13',
      exerciseId: 'goblet-squat',
      what: 'Goblet squat: 16 kg × 12 → 18 kg × 8',
    });
  });

  it('B13: below the top of the range, one more rep at the same load', () => {
    // 3×10 at RPE 8 with 16 kg: every set reached 10, the top is 12 → 16 kg × 11.
    const log = logOf(
      loggedSets(tue(5), 'goblet-squat', date(5), times(3, { reps: 10, kg: 16, rpe: 8 })),
    );
    expect(doseOf(coach(goblet(10), log, date(6)).next(12))).toEqual({ kg: 16, reps: 11 });
  });

  it('B14: the last set beat the target by 2 two sessions running → one step more load', () => {
    // 5 Jan: target 8, sets 8/8/10 → a success, 9 reps next. 12 Jan: target 9, sets 9/9/11 →
    // the last set beat its target by 2 both times: 16 → 18 kg, reps stay at 9.
    const log = logOf(
      loggedSets(tue(5), 'goblet-squat', date(5), repsAt([8, 8, 10], { kg: 16, rpe: 8 })),
      loggedSets(tue(12), 'goblet-squat', date(12), repsAt([9, 9, 11], { kg: 16, rpe: 8 })),
    );
    const { next, changes } = coach(goblet(8), log, date(13));
    expect(doseOf(next(19))).toEqual({ kg: 18, reps: 9 });
    expect(changes.find((c) => c.sessionId === tue(19))?.rule).toBe('B14');
  });

  it('B14: once is not enough', () => {
    const log = logOf(
      loggedSets(tue(5), 'goblet-squat', date(5), repsAt([8, 8, 10], { kg: 16, rpe: 8 })),
    );
    expect(doseOf(coach(goblet(8), log, date(6)).next(12))).toEqual({ kg: 16, reps: 9 });
  });
});

describe('RPE autoregulation (B16)', () => {
  it('B16 hold: RPE 9 against a target of 8 holds 16 kg × 8', () => {
    const log = logOf(
      loggedSets(tue(5), 'goblet-squat', date(5), times(3, { reps: 8, kg: 16, rpe: 9 })),
    );
    const { next, changes } = coach(goblet(8), log, date(6));
    expect(doseOf(next(12))).toEqual({ kg: 16, reps: 8 });
    expect(changes.find((c) => c.sessionId === tue(12))?.rule).toBe('B16');
  });

  it('B16 cut: RPE 9 twice in a row cuts one step, 16 → 14 kg', () => {
    // 16 × 0.95 = 15.2; the nearest lighter dumbbell is 14 kg (one step down); reps stay at 8.
    const log = logOf(
      loggedSets(tue(5), 'goblet-squat', date(5), times(3, { reps: 8, kg: 16, rpe: 9 })),
      loggedSets(tue(12), 'goblet-squat', date(12), times(3, { reps: 8, kg: 16, rpe: 9.5 })),
    );
    expect(doseOf(coach(goblet(8), log, date(13)).next(19))).toEqual({ kg: 14, reps: 8 });
  });

  it('B16 early: RPE 6.5 against a target of 8 progresses early, 16 → 18 kg at 8 reps', () => {
    // 8 − 1.5 = 6.5: far too easy though 8 is not the top of 8–12.
    const log = logOf(
      loggedSets(tue(5), 'goblet-squat', date(5), times(3, { reps: 8, kg: 16, rpe: 6.5 })),
    );
    const { next, changes } = coach(goblet(8), log, date(6));
    expect(doseOf(next(12))).toEqual({ kg: 18, reps: 8 });
    expect(changes.find((c) => c.sessionId === tue(12))?.rule).toBe('B16');
  });

  it('B16 early needs the reps: a failed set does not progress however easy it felt', () => {
    const log = logOf(
      loggedSets(tue(5), 'goblet-squat', date(5), repsAt([8, 8, 6], { kg: 16, rpe: 6 })),
    );
    expect(doseOf(coach(goblet(8), log, date(6)).next(12))).toEqual({ kg: 16, reps: 8 });
  });
});

describe('success is defined once', () => {
  const prescribed = goblet(10);
  const sets = (reps: number[], rpe: number | undefined) =>
    loggedSets(tue(5), 'goblet-squat', date(5), repsAt(reps, { kg: 16, ...(rpe ? { rpe } : {}) }));

  it('B13: a set short of the target reps at the target RPE is a failure, and holds', () => {
    expect(isSuccessfulExercise(prescribed, sets([10, 10, 9], 8))).toBe(false);
    expect(isSuccessfulExercise(prescribed, sets([10, 10, 10], 8))).toBe(true);
    // Above the target RPE is a failure too; no RPE logged is judged by the reps.
    expect(isSuccessfulExercise(prescribed, sets([10, 10, 10], 8.5))).toBe(false);
    expect(isSuccessfulExercise(prescribed, sets([10, 10, 10], undefined))).toBe(true);
    // Fewer sets than prescribed did not do the work.
    expect(isSuccessfulExercise(prescribed, sets([10, 10], 8))).toBe(false);
    const log = logOf(sets([10, 10, 9], 8));
    expect(doseOf(coach(prescribed, log, date(6)).next(12))).toEqual({ kg: 16, reps: 10 });
  });

  it('B13: holds count seconds, protocols count each set’s own reps', () => {
    const plank = planExercise('plank', { sets: 3, seconds: 30 });
    const held = (s: number[]) =>
      loggedSets(
        tue(5),
        'plank',
        date(5),
        s.map((seconds) => ({ seconds, rpe: 7 })),
      );
    expect(isSuccessfulExercise(plank, held([30, 30, 30]))).toBe(true);
    expect(isSuccessfulExercise(plank, held([30, 30, 25]))).toBe(false);
    const nordic = planExercise('nordic-hamstring-curl', {
      sets: 3,
      reps: 12,
      repsBySet: [12, 10, 8],
    });
    const curls = (reps: number[]) =>
      loggedSets(tue(5), 'nordic-hamstring-curl', date(5), repsAt(reps));
    expect(isSuccessfulExercise(nordic, curls([12, 10, 8]))).toBe(true);
    expect(isSuccessfulExercise(nordic, curls([12, 9, 8]))).toBe(false);
  });
});

describe('skipped exercises never progress', () => {
  it('B13: an exercise left out of a logged session holds at its last dose', () => {
    // 5 Jan: 3×10 at RPE 8 → 11 reps next. 12 Jan: the session was logged without it → still 11.
    const log = logOf(
      loggedSets(tue(5), 'goblet-squat', date(5), times(3, { reps: 10, kg: 16, rpe: 8 })),
      loggedWorkout(tue(12), date(12), { rpe: 6 }),
    );
    const { next, changes } = coach(goblet(10), log, date(13));
    expect(doseOf(next(19))).toEqual({ kg: 16, reps: 11 });
    expect(changes.find((c) => c.sessionId === tue(19))?.why).toMatch(
      /Skipped on Tuesday 12 January/,
    );
  });
});

describe('the runner’s own load is respected', () => {
  it('override: 16 kg chosen instead of the 18 kg prescribed; the next step builds on 16 kg', () => {
    // 18 kg × 8 prescribed, 3×8 at RPE 8 done with 16 kg: a success at 16 kg → 16 kg × 9.
    const log = logOf(
      loggedSets(tue(5), 'goblet-squat', date(5), times(3, { reps: 8, kg: 16, rpe: 8 })),
    );
    const { next, changes } = coach(goblet(8, 18), log, date(6));
    expect(doseOf(next(12))).toEqual({ kg: 16, reps: 9 });
    const change = changes.find((c) => c.sessionId === tue(12));
    expect(change?.rule).toBe('override');
    expect(change?.why).toMatch(/You chose 16 kg rather than 18 kg on Tuesday 5 January 2027/);
  });
});
