import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/iso-date';
import { generatePlan } from '../plan/generate-plan';
import { type Load, type PlanExercise, planSchema } from '../plan/plan.schema';
import type { RunnerProfile, RunnerProfileInput } from '../profile/profile.schema';
import { example } from '../test-support/profiles';
import {
  loggedSets,
  logOf,
  planExercise,
  prescriptionIn,
  times,
  withExercises,
} from '../test-support/training-log';
import { coachPlan } from './coach-plan';
import type { TrainingLog } from './training-log';

// Tuesday strength sessions of the example plan: foundation in January, a deload on 2 February,
// the strength phase from 9 February.
const session = (date: string) => `${date}-strength`;
const nothing: RunnerProfileInput['equipment'] = {
  bands: [],
  pullUpBar: false,
  bench: false,
  barbell: false,
};

/** `exercise` on each of `dates`; the log; coached the day after the first date. */
const coach = (
  profile: RunnerProfile,
  exercise: PlanExercise,
  dates: readonly string[],
  log: TrainingLog,
  today: string,
) => {
  const plan = withExercises(
    generatePlan(profile),
    Object.fromEntries(dates.map((d) => [session(d), [exercise]])),
  );
  const result = coachPlan({ plan, changes: [], profile, log, today: today as IsoDate });
  expect(planSchema.safeParse(result.plan).error?.issues ?? []).toEqual([]);
  return {
    ...result,
    /** What the coach said about this exercise (missed Thursdays are moved or dropped too). */
    changes: result.changes.filter((c) => c.what.startsWith(exercise.name)),
    next: (date: string, id = exercise.exerciseId) =>
      prescriptionIn(result.plan, session(date), id),
  };
};

const loadAndReps = (e: PlanExercise | undefined): [Load | undefined, number | undefined] => [
  e?.load,
  e?.reps,
];

describe('B15: load steps rounded to what the runner owns', () => {
  const kettlebellsOnly = example({ equipment: { ...nothing, kettlebells: { kg: [16, 20, 24] } } });
  const bell = (kg: number): Load => ({ kind: 'kg', equipment: 'kettlebell', kg, targetRpe: 8 });
  const gobletWith = (kg: number) =>
    planExercise('goblet-squat', { sets: 3, reps: 12, load: bell(kg), targetRpe: 8 });

  it('B15: a kettlebell goes to the next one the runner owns, 16 → 20 kg', () => {
    // 3×12 at RPE 7 (target 8–12 at RPE 8): more load. 16 × 1.05 = 16.8 kg; no owned bell lies
    // within 10 %, so the next one, 20 kg (+25 %, one step), back to 8 reps.
    const dates = ['2027-01-05', '2027-01-12'];
    const log = logOf(
      loggedSets(
        session(dates[0] ?? ''),
        'goblet-squat',
        '2027-01-05',
        times(3, { reps: 12, kg: 16, rpe: 7 }),
      ),
    );
    const { next } = coach(kettlebellsOnly, gobletWith(16), dates, log, '2027-01-06');
    expect(loadAndReps(next('2027-01-12'))).toEqual([bell(20), 8]);
  });

  it('B15: with nothing heavier than the 24 kg bell, one more rep instead', () => {
    const dates = ['2027-01-05', '2027-01-12'];
    const log = logOf(
      loggedSets(
        session('2027-01-05'),
        'goblet-squat',
        '2027-01-05',
        times(3, { reps: 12, kg: 24, rpe: 7 }),
      ),
    );
    const { next, changes } = coach(kettlebellsOnly, gobletWith(24), dates, log, '2027-01-06');
    expect(loadAndReps(next('2027-01-12'))).toEqual([bell(24), 13]);
    expect(changes[0]?.why).toMatch(/Nothing heavier than 24 kg is owned: 13 reps instead \(B15\)/);
  });

  it('A4, B15: bands go up a tension the runner owns, light → medium, back to the bottom', () => {
    // Band lateral walks run 12 → 18 reps (the catalogue's 12, half as much again); at 18 on every
    // set the next tension, back to 12.
    const walk = planExercise('band-lateral-walk', {
      sets: 3,
      reps: 18,
      load: { kind: 'band', tension: 'light' },
    });
    const log = logOf(
      loggedSets(
        session('2027-01-05'),
        'band-lateral-walk',
        '2027-01-05',
        times(3, { reps: 18, band: 'light', rpe: 7 }),
      ),
    );
    const { next } = coach(example(), walk, ['2027-01-05', '2027-01-12'], log, '2027-01-06');
    expect(loadAndReps(next('2027-01-12'))).toEqual([{ kind: 'band', tension: 'medium' }, 12]);
  });

  it('A4: a vest is the next step once bodyweight tops out at 15 single-leg squats', () => {
    // Strength phase, 9 February: 3×15 at RPE 7, the top of 10–15 → weighted with the runner's
    // 10 kg vest, at the bottom of the loaded range (8–12).
    const vestOnly = example({ equipment: { ...nothing, weightVest: { kg: 10 } } });
    const squat = planExercise('single-leg-squat', { sets: 3, reps: 15 });
    const log = logOf(
      loggedSets(
        session('2027-02-09'),
        'single-leg-squat',
        '2027-02-09',
        times(3, { reps: 15, rpe: 7 }),
      ),
    );
    const { next, changes } = coach(
      vestOnly,
      squat,
      ['2027-02-09', '2027-02-16'],
      log,
      '2027-02-10',
    );
    expect(loadAndReps(next('2027-02-16'))).toEqual([{ kind: 'vest', kg: 10 }, 8]);
    expect(changes[0]?.what).toBe('Single-leg squat: 15 reps → vest 10 kg × 8');
  });

  it('A4: the vest is all there is, so at the top of 8–12 the reps go on', () => {
    const vestOnly = example({ equipment: { ...nothing, weightVest: { kg: 10 } } });
    const squat = planExercise('single-leg-squat', {
      sets: 3,
      reps: 12,
      load: { kind: 'vest', kg: 10 },
    });
    const log = logOf(
      loggedSets(
        session('2027-02-09'),
        'single-leg-squat',
        '2027-02-09',
        times(3, { reps: 12, rpe: 7 }),
      ),
    );
    const { next } = coach(vestOnly, squat, ['2027-02-09', '2027-02-16'], log, '2027-02-10');
    expect(loadAndReps(next('2027-02-16'))).toEqual([{ kind: 'vest', kg: 10 }, 13]);
  });
});

describe('A4: bodyweight work from 10 to 15 reps, then a harder variation', () => {
  const bare = example({ equipment: nothing });
  const squat = (reps: number) => planExercise('single-leg-squat', { sets: 3, reps });
  const tuesdays = [
    '2027-01-05',
    '2027-01-12',
    '2027-01-19',
    '2027-01-26',
    '2027-02-02',
    '2027-02-09',
    '2027-02-16',
  ];

  it('A4: one rep a session while every set reaches its target, 10 → 14 after four sessions', () => {
    // Targets 10, 11, 12, 13 as the coach set them, each done 3× at RPE 7 → 14 on 2 February.
    const log = logOf(
      ...[10, 11, 12, 13].map((reps, i) =>
        loggedSets(
          session(tuesdays[i] ?? ''),
          'single-leg-squat',
          tuesdays[i] ?? '',
          times(3, { reps, rpe: 7 }),
        ),
      ),
    );
    const { next } = coach(bare, squat(10), tuesdays, log, '2027-01-27');
    expect(next('2027-02-02')?.reps).toBe(14);
    expect(next('2027-02-16')?.reps).toBe(14);
  });

  it('A5: at 15 in the foundation stage it stays at 15: no load and no strength-stage variation yet', () => {
    const log = logOf(
      loggedSets(
        session('2027-01-26'),
        'single-leg-squat',
        '2027-01-26',
        times(3, { reps: 15, rpe: 7 }),
      ),
    );
    const { next, changes } = coach(
      bare,
      squat(15),
      ['2027-01-26', '2027-02-02'],
      log,
      '2027-01-27',
    );
    expect(next('2027-02-02')?.reps).toBe(15);
    expect(changes[0]?.why).toMatch(/Load is added from the strength stage on \(A5\)/);
  });

  it('A4: at 15 in the strength stage, with nothing to add as load, skater squats take over at 6', () => {
    const log = logOf(
      loggedSets(
        session('2027-02-09'),
        'single-leg-squat',
        '2027-02-09',
        times(3, { reps: 15, rpe: 7 }),
      ),
    );
    const { next, changes } = coach(
      bare,
      squat(15),
      ['2027-02-09', '2027-02-16'],
      log,
      '2027-02-10',
    );
    expect(next('2027-02-16')).toBeUndefined();
    expect(next('2027-02-16', 'skater-squat')).toMatchObject({
      sets: 3,
      reps: 6,
      load: { kind: 'none' },
    });
    expect(changes[0]).toMatchObject({ rule: 'B13', what: 'Single-leg squat → Skater squat' });
  });
});
