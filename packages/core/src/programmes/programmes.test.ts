import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekdayOf } from '../calendar/iso-date';
import { generatePlan } from '../plan/generate-plan';
import type { PlanExercise } from '../plan/plan.schema';
import { sessionsOf, strengthSessionsOf } from '../test-support/plan-queries';
import { example } from '../test-support/profiles';
import { PROGRAMME_IDS, PROGRAMMES } from './registry';

const openWeek = {
  mon: 'easy',
  tue: 'easy',
  wed: 'easy',
  thu: 'easy',
  fri: 'easy',
  sat: 'rest',
  sun: 'long',
} as const;

const dose = (e: PlanExercise | undefined) =>
  e && {
    id: e.exerciseId,
    sets: e.sets,
    reps: e.reps,
    seconds: e.seconds,
    perSide: e.perSide,
  };

describe('built-in programmes', () => {
  it('A11: the seed sample week and the article’s five named programmes are built in', () => {
    expect(PROGRAMME_IDS).toEqual(
      expect.arrayContaining([
        'seed-sample-week',
        'running-strength-training-workouts',
        'weight-vest-training-for-running',
        'resistance-training-for-running',
        'running-and-strength-training',
        'strength-training-with-running',
      ]),
    );
    for (const programme of PROGRAMMES) {
      expect(programme.name.length).toBeGreaterThan(5);
      expect(programme.source.length).toBeGreaterThan(5);
    }
  });

  describe('A3: the seed sample week, golden', () => {
    const plan = generatePlan(
      example({
        program: 'seed-sample-week',
        experience: 'novice',
        sessionsPerWeek: 3,
        minutesPerSession: 60,
        runningWeek: openWeek,
        unavailableDays: [],
        injuries: [],
        race: undefined,
        weeks: 8,
        equipment: { bands: ['light'], pullUpBar: false, bench: false, barbell: false },
      }),
    );
    const week1 = plan.weeks[0]?.days.filter((d) => d.sessions.length > 0) ?? [];

    it('puts the three sessions on Monday, Wednesday and Friday', () => {
      expect(week1.map((d) => d.weekday)).toEqual(['mon', 'wed', 'fri']);
    });

    it('Monday: single-leg squat 3×10, lunge with rotation 3×10, plank 3×30 s', () => {
      const [a, b, c] = week1[0]?.sessions[0]?.exercises ?? [];
      expect([dose(a), dose(b), dose(c)]).toEqual([
        { id: 'single-leg-squat', sets: 3, reps: 10, seconds: undefined, perSide: true },
        { id: 'lunge-with-rotation', sets: 3, reps: 10, seconds: undefined, perSide: true },
        { id: 'plank', sets: 3, reps: undefined, seconds: 30, perSide: false },
      ]);
    });

    it('Wednesday: single-leg deadlift 3×8, calf raise 3×15, band lateral walk 3×12', () => {
      const [a, b, c] = week1[1]?.sessions[0]?.exercises ?? [];
      expect([dose(a), dose(b), dose(c)]).toEqual([
        { id: 'single-leg-deadlift', sets: 3, reps: 8, seconds: undefined, perSide: true },
        { id: 'calf-raise', sets: 3, reps: 15, seconds: undefined, perSide: false },
        { id: 'band-lateral-walk', sets: 3, reps: 12, seconds: undefined, perSide: true },
      ]);
      expect(c?.load).toEqual({ kind: 'band', tension: 'light' });
    });

    it('Friday: step-up 3×10 per leg, glute bridge 3×12, side plank 3×20 s per side', () => {
      const [a, b, c] = week1[2]?.sessions[0]?.exercises ?? [];
      expect([dose(a), dose(b), dose(c)]).toEqual([
        { id: 'step-up', sets: 3, reps: 10, seconds: undefined, perSide: true },
        { id: 'glute-bridge', sets: 3, reps: 12, seconds: undefined, perSide: false },
        { id: 'side-plank', sets: 3, reps: undefined, seconds: 20, perSide: true },
      ]);
    });

    it('A9: adds one upper-body exercise to each day, and says why', () => {
      for (const day of week1) {
        const extra = day.sessions[0]?.exercises.slice(3) ?? [];
        expect(extra).toHaveLength(1);
        expect(extra[0]?.note).toMatch(/A9/);
      }
    });

    it('A2: moves off Friday when Saturday is the long run, and says which rule moved it', () => {
      const moved = generatePlan(
        example({
          program: 'seed-sample-week',
          sessionsPerWeek: 3,
          runningWeek: { ...openWeek, sat: 'long', sun: 'rest' },
          unavailableDays: [],
          race: undefined,
          weeks: 4,
        }),
      );
      const days = moved.weeks[0]?.days.filter((d) => d.sessions.length > 0).map((d) => d.weekday);
      expect(days).not.toContain('fri');
      expect(days).toHaveLength(3);
      expect(moved.decisions).toContainEqual(
        expect.objectContaining({ kind: 'relaxed', rule: 'A3' }),
      );
    });

    it('A10: without a band the lateral walk is replaced by a bodyweight hip exercise, not dropped', () => {
      const noBand = generatePlan(
        example({
          program: 'seed-sample-week',
          sessionsPerWeek: 3,
          minutesPerSession: 60,
          runningWeek: openWeek,
          unavailableDays: [],
          race: undefined,
          weeks: 4,
          equipment: { bands: [], pullUpBar: false, bench: false, barbell: false },
        }),
      );
      const wednesday = noBand.weeks[0]?.days.find((d) => d.weekday === 'wed')?.sessions[0];
      const hip = wednesday?.exercises[2];
      expect(hip?.exerciseId).not.toBe('band-lateral-walk');
      expect(hip?.load).toEqual({ kind: 'none' });
      expect(noBand.decisions).toContainEqual(
        expect.objectContaining({ rule: 'A10', kind: 'adjusted' }),
      );
    });
  });

  it('A11: Running Strength Training Workouts opens every loading session with the single-leg deadlift', () => {
    const plan = generatePlan(
      example({ program: 'running-strength-training-workouts', minutesPerSession: 45 }),
    );
    const loading = strengthSessionsOf(plan).filter((s) => s.session.kind === 'strength');
    expect(loading.length).toBeGreaterThan(0);
    for (const { session } of loading)
      expect(session.exercises[0]?.exerciseId).toBe('single-leg-deadlift');
  });

  it('A11: Weight Vest Training loads bodyweight movements with the runner’s vest once load is earned', () => {
    const plan = generatePlan(
      example({ program: 'weight-vest-training-for-running', minutesPerSession: 45 }),
    );
    const strength = plan.weeks
      .filter((w) => w.phase === 'strength')
      .flatMap((w) => w.days.flatMap((d) => d.sessions));
    const vested = strength.flatMap((s) => s.exercises).filter((e) => e.load.kind === 'vest');
    expect(vested.length).toBeGreaterThan(0);
    for (const e of vested) expect(e.load).toEqual({ kind: 'vest', kg: 10 });
  });

  it('A10 and A11: Weight Vest Training without a vest says so and never prescribes one', () => {
    const plan = generatePlan(
      example({
        program: 'weight-vest-training-for-running',
        equipment: { bands: [], pullUpBar: false, bench: false, barbell: false },
      }),
    );
    expect(plan.decisions).toContainEqual(
      expect.objectContaining({ kind: 'warning', rule: 'A10' }),
    );
    for (const { session } of sessionsOf(plan)) {
      for (const e of session.exercises) expect(e.load.kind).not.toBe('vest');
    }
  });

  it('A11: Resistance Training uses band-resisted high knees and lateral shuffles, with rising tension', () => {
    const plan = generatePlan(
      example({ program: 'resistance-training-for-running', minutesPerSession: 45 }),
    );
    const exercises = strengthSessionsOf(plan).flatMap((s) => s.session.exercises);
    const ids = new Set(exercises.map((e) => e.exerciseId));
    expect(ids).toContain('high-knees-band');
    expect(ids).toContain('lateral-shuffle-band');
    const tensions = new Set(
      exercises.flatMap((e) => (e.load.kind === 'band' ? [e.load.tension] : [])),
    );
    expect(tensions).toEqual(new Set(['light', 'medium', 'heavy']));
  });

  it('A7 and A11: Running and Strength Training adds prevention work for every injury area', () => {
    const plan = generatePlan(
      example({ program: 'running-and-strength-training', injuries: [], minutesPerSession: 45 }),
    );
    const ids = new Set(
      strengthSessionsOf(plan).flatMap((s) => s.session.exercises.map((e) => e.exerciseId)),
    );
    for (const id of [
      'eccentric-heel-drop',
      'clamshell',
      'step-down',
      'tibialis-raise',
      'short-foot',
      'nordic-hamstring-curl',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('A11: Strength Training with Running progresses box jumps to band-resisted box jumps', () => {
    const plan = generatePlan(
      example({ program: 'strength-training-with-running', minutesPerSession: 45 }),
    );
    const power = plan.weeks.filter((w) => w.phase === 'power');
    const idsIn = (w: (typeof power)[number]) =>
      w.days.flatMap((d) => d.sessions).flatMap((s) => s.exercises.map((e) => e.exerciseId));
    expect(idsIn(power[0] as (typeof power)[number])).toContain('box-jump');
    expect(idsIn(power.at(-1) as (typeof power)[number])).toContain('band-resisted-box-jump');
  });

  it('A1 and A2: every programme keeps sessions apart and off the day before the long run', () => {
    for (const program of PROGRAMME_IDS) {
      const plan = generatePlan(example({ program }));
      const dates = strengthSessionsOf(plan)
        .map((s) => s.day.date)
        .sort();
      dates.forEach((date, i) => {
        if (i > 0) expect(daysBetween(dates[i - 1] as typeof date, date)).toBeGreaterThanOrEqual(2);
        expect(weekdayOf(addDays(date, 1))).not.toBe('sat');
      });
    }
  });
});
