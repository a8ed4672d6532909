import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/iso-date';
import { findSession } from '../changes/find-session';
import { generatePlan } from '../plan/generate-plan';
import { type Load, type PlanExercise, planSchema } from '../plan/plan.schema';
import type { RunnerProfile } from '../profile/profile.schema';
import { sessionsOf } from '../test-support/plan-queries';
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
import type { TrainingLog } from './training-log';

const profile = example();
const session = (date: string) => `${date}-strength`;
const dumbbells = (kg: number): Load => ({
  kind: 'kg',
  equipment: 'dumbbells',
  kg,
  maxKg: 20,
  targetRpe: 8,
});

const coach = (
  exercises: PlanExercise[],
  log: TrainingLog,
  today: string,
  who: RunnerProfile = profile,
) => {
  const plan = withExercises(generatePlan(who), {
    [session('2027-01-05')]: exercises,
    [session('2027-01-12')]: exercises,
  });
  const result = coachPlan({ plan, changes: [], profile: who, log, today: today as IsoDate });
  expect(planSchema.safeParse(result.plan).error?.issues ?? []).toEqual([]);
  return {
    ...result,
    changes: result.changes.filter((c) => exercises.some((e) => c.what.startsWith(e.name))),
    next: (id: string) => prescriptionIn(result.plan, session('2027-01-12'), id),
  };
};

describe('B26: the pain gate during a set', () => {
  const squat = planExercise('single-leg-squat', { sets: 3, reps: 10 });

  it('B26: pain above 5 in a set swaps in the first regression the runner can do', () => {
    // Set 2 hurt 7/10: single-leg squats stop progressing; lateral step-downs, their regression,
    // take their place with the same sets and reps.
    const log = logOf(
      loggedSets(session('2027-01-05'), 'single-leg-squat', '2027-01-05', [
        { reps: 10, rpe: 7, pain: 2 },
        { reps: 10, rpe: 7, pain: 7 },
        { reps: 10, rpe: 7, pain: 3 },
      ]),
    );
    const { next, changes } = coach([squat], log, '2027-01-06');
    expect(next('single-leg-squat')).toBeUndefined();
    expect(next('step-down')).toMatchObject({ sets: 3, reps: 10 });
    expect(changes[0]).toMatchObject({
      rule: 'B26',
      what: 'Single-leg squat → Lateral step-down',
      why: expect.stringMatching(
        /^Pain 7\/10 in Single-leg squat on Tuesday 5 January 2027: above 5/,
      ),
    });
  });

  it('B26: pain of 4–5 is acceptable but holds: no progression', () => {
    const log = logOf(
      loggedSets(
        session('2027-01-05'),
        'single-leg-squat',
        '2027-01-05',
        times(3, { reps: 10, rpe: 7, pain: 5 }),
      ),
    );
    const { next, changes } = coach([squat], log, '2027-01-06');
    expect(next('single-leg-squat')?.reps).toBe(10);
    expect(changes[0]?.rule).toBe('B26');
  });

  it('B26: next-morning pain above the pre-session score lowers the next prescription one step', () => {
    // A success (16 kg × 10 at RPE 8, and 12 split squats) would progress; the morning after
    // hurt 4/10 against 2/10 before: goblet squats one dumbbell step lighter (16 × 0.95 = 15.2
    // → 14 kg), split squats two reps fewer (12 → 10).
    const goblet = planExercise('goblet-squat', {
      sets: 3,
      reps: 10,
      load: dumbbells(16),
      targetRpe: 8,
    });
    const split = planExercise('split-squat', { sets: 3, reps: 12 });
    const log = logOf(
      loggedSets(
        session('2027-01-05'),
        'goblet-squat',
        '2027-01-05',
        times(3, { reps: 10, kg: 16, rpe: 8 }),
      ),
      loggedSets(
        session('2027-01-05'),
        'split-squat',
        '2027-01-05',
        times(3, { reps: 12, rpe: 7 }),
      ),
      loggedWorkout(session('2027-01-05'), '2027-01-05', {
        rpe: 7,
        painBefore: 2,
        painNextMorning: 4,
      }),
    );
    const { next, changes } = coach([goblet, split], log, '2027-01-07');
    expect(next('goblet-squat')).toMatchObject({ reps: 10, load: { kg: 14 } });
    expect(next('split-squat')?.reps).toBe(10);
    // Each decision is listed once, at the first session it applies to: split squats on
    // Thursday 7th (the plan's own), goblet squats on the 12th; later entries are the strength
    // phase's different reps, each once.
    const painful = changes.filter((c) => c.rule === 'B26');
    expect(painful.slice(0, 2).map((c) => [c.exerciseId, c.sessionId])).toEqual([
      ['split-squat', session('2027-01-07')],
      ['goblet-squat', session('2027-01-12')],
    ]);
    expect(new Set(painful.map((c) => `${c.exerciseId} ${c.why}`)).size).toBe(painful.length);
  });
});

describe('B24–B31: injury protocols keep their own schedules', () => {
  const hamstrings = example({ injuries: [{ area: 'hamstring', status: 'history' }] });
  const nordicDoses = (plan: ReturnType<typeof generatePlan>) =>
    sessionsOf(plan)
      .filter(({ day }) => day.date >= '2027-01-06')
      .flatMap(({ session }) =>
        session.exercises.filter((e) => e.exerciseId === 'nordic-hamstring-curl'),
      )
      .map((e) => [e.sets, e.reps, e.repsBySet]);

  it('B27: easy Nordic curls do not progress by double progression: week 2 stays 2×6', () => {
    // Week 1, 2×5 at RPE 5: double progression would raise it early (B16); the protocol's own
    // schedule says 2×6 twice in week 2, 3×6 three times in week 3, and so on.
    const plan = generatePlan(hamstrings);
    const log = logOf(
      loggedSets(
        session('2027-01-05'),
        'nordic-hamstring-curl',
        '2027-01-05',
        times(2, { reps: 5, rpe: 5 }),
      ),
    );
    const result = coachPlan({
      plan,
      changes: [],
      profile: hamstrings,
      log,
      today: '2027-01-06' as IsoDate,
    });
    expect(nordicDoses(result.plan)).toEqual(nordicDoses(plan));
    expect(result.changes.filter((c) => c.exerciseId === 'nordic-hamstring-curl')).toEqual([]);
  });

  it('B26, B27: pain above 5 holds the protocol at its last dose, never a step ahead', () => {
    // Week 1's 2×5 hurt 6/10: week 2's 2×6 sessions are held at 2×5.
    const plan = generatePlan(hamstrings);
    const log = logOf(
      loggedSets(
        session('2027-01-05'),
        'nordic-hamstring-curl',
        '2027-01-05',
        times(2, { reps: 5, rpe: 7, pain: 6 }),
      ),
    );
    const result = coachPlan({
      plan,
      changes: [],
      profile: hamstrings,
      log,
      today: '2027-01-06' as IsoDate,
    });
    const week2 = findSession(result.plan, session('2027-01-12'))?.session.exercises.find(
      (e) => e.exerciseId === 'nordic-hamstring-curl',
    );
    expect(week2).toMatchObject({ sets: 2, reps: 5 });
    expect(
      result.changes.find(
        (c) => c.sessionId === session('2027-01-12') && c.exerciseId === 'nordic-hamstring-curl',
      )?.rule,
    ).toBe('B26');
  });

  it('B24: Alfredson heel drops stay 3×15 every day, however easy they felt', () => {
    const achilles = example({ injuries: [{ area: 'achilles', status: 'current' }] });
    const plan = generatePlan(achilles);
    const days = ['2027-01-04', '2027-01-05', '2027-01-06'];
    const log = logOf(
      ...days.flatMap((d) =>
        ['straight-knee-heel-drop', 'bent-knee-heel-drop'].map((id) =>
          loggedSets(`${d}-rehab`, id, d, times(3, { reps: 15, rpe: 4 })),
        ),
      ),
    );
    const result = coachPlan({
      plan,
      changes: [],
      profile: achilles,
      log,
      today: '2027-01-07' as IsoDate,
    });
    const rehab = findSession(result.plan, '2027-01-07-rehab')?.session;
    expect(rehab?.exercises.map((e) => [e.exerciseId, e.sets, e.reps])).toEqual([
      ['straight-knee-heel-drop', 3, 15],
      ['bent-knee-heel-drop', 3, 15],
    ]);
  });

  it('B26, B24: next-morning pain lowers the protocol one step below the last dose', () => {
    const achilles = example({ injuries: [{ area: 'achilles', status: 'current' }] });
    const plan = generatePlan(achilles);
    const log = logOf(
      loggedSets(
        '2027-01-04-rehab',
        'straight-knee-heel-drop',
        '2027-01-04',
        repsAt([15, 15, 15], { rpe: 6 }),
      ),
      loggedWorkout('2027-01-04-rehab', '2027-01-04', { painBefore: 3, painNextMorning: 5 }),
    );
    const result = coachPlan({
      plan,
      changes: [],
      profile: achilles,
      log,
      today: '2027-01-05' as IsoDate,
    });
    const rehab = findSession(result.plan, '2027-01-05-rehab')?.session;
    // 3×15 → 3×13 for the drop that hurt; its bent-knee partner, not logged, is left alone.
    expect(rehab?.exercises.map((e) => [e.exerciseId, e.sets, e.reps])).toEqual([
      ['straight-knee-heel-drop', 3, 13],
      ['bent-knee-heel-drop', 3, 15],
    ]);
  });
});
