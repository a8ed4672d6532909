import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../calendar/iso-date';
import { applyChanges } from '../changes/apply-changes';
import { findSession } from '../changes/find-session';
import type { PlanChange } from '../changes/plan-change';
import { generatePlan } from '../plan/generate-plan';
import { type Load, planSchema } from '../plan/plan.schema';
import { minGapInDays, runOn, strengthSessionsOf } from '../test-support/plan-queries';
import { example } from '../test-support/profiles';
import {
  loggedSets,
  loggedWorkout,
  logOf,
  planExercise,
  prescriptionIn,
  times,
  withExercises,
} from '../test-support/training-log';
import { coachPlan } from './coach-plan';
import { DROPPED } from './missed-sessions';
import type { TrainingLog } from './training-log';

const profile = example();
const generated = generatePlan(profile);
const session = (date: string) => `${date}-strength`;
const d = (date: string) => date as IsoDate;
const nothingLogged: TrainingLog = { sets: [], workouts: [] };
/** A runner who logs in the app: a session of an earlier plan version is in their log. */
const loggedBefore: TrainingLog = logOf(
  loggedWorkout('2026-12-29-strength', '2026-12-29', { rpe: 6 }),
);

const keepsA1A2 = (plan: ReturnType<typeof generatePlan>) => {
  const held = strengthSessionsOf(plan).filter(({ session: s }) => !s.skipped);
  expect(minGapInDays(held.map((s) => s.day.date))).toBeGreaterThanOrEqual(2);
  for (const { day } of held)
    expect(['long', 'race']).not.toContain(runOn(plan, addDays(day.date, 1)));
};

describe('missed sessions', () => {
  it('A1, A2: a session missed yesterday moves to the first day left this week that keeps the rules', () => {
    // Tuesday 5 January was not logged. Wednesday and Thursday sit next to Thursday's session
    // (A1), Friday is unavailable; Saturday (the long run's day, but not its eve) is the first
    // day that keeps every rule.
    const result = coachPlan({
      plan: generated,
      changes: [],
      profile,
      log: loggedBefore,
      today: d('2027-01-06'),
    });
    const moved = findSession(result.plan, session('2027-01-05'));
    expect(moved?.day.date).toBe('2027-01-09');
    expect(moved?.session.movedFrom).toBe('2027-01-05');
    expect(moved?.session.adaptations?.[0]?.what).toBe('Moved from Tuesday 5 January 2027');
    expect(result.changes[0]).toMatchObject({
      sessionId: session('2027-01-05'),
      date: '2027-01-09',
      rule: 'A1',
    });
    keepsA1A2(result.plan);
    expect(planSchema.safeParse(result.plan).success).toBe(true);
  });

  it('A1: when no day is left in the week, the session is dropped with the reason', () => {
    // Sunday 10 January, neither Tuesday's nor Thursday's session logged: Tuesday's takes Sunday
    // (the only day left); Thursday's would sit next to it (A1) and is dropped.
    const result = coachPlan({
      plan: generated,
      changes: [],
      profile,
      log: loggedBefore,
      today: d('2027-01-10'),
    });
    expect(findSession(result.plan, session('2027-01-05'))?.day.date).toBe('2027-01-10');
    const dropped = findSession(result.plan, session('2027-01-07'));
    expect(dropped?.day.date).toBe('2027-01-07');
    expect(dropped?.session.skipped).toBe(true);
    expect(dropped?.session.adaptations).toEqual([
      {
        what: DROPPED,
        why: expect.stringMatching(
          /no day from Sunday 10 January 2027 to the end of its week keeps the rules \(A1\)/,
        ),
      },
    ]);
    keepsA1A2(result.plan);
  });

  it('A1: a plan made on Thursday that starts on Monday has missed nothing before Thursday', () => {
    // The runner logs (an earlier plan's session is in the log), and made this plan on Thursday
    // 7 January: Tuesday's session was never theirs to do, so it is neither moved nor dropped,
    // and its exercises are not "skipped" (they would hold for it).
    const result = coachPlan({
      plan: generated,
      changes: [],
      profile,
      log: loggedBefore,
      today: d('2027-01-08'),
      plannedSince: d('2027-01-07'),
    });
    expect(findSession(result.plan, session('2027-01-05'))?.day.date).toBe('2027-01-05');
    expect(findSession(result.plan, session('2027-01-05'))?.session.skipped).toBeUndefined();
    // Thursday's own session, on the day the plan was made, was theirs: it may move.
    expect(result.changes.filter((c) => c.rule === 'A1').map((c) => c.sessionId)).not.toContain(
      session('2027-01-05'),
    );
    expect(result.changes.map((c) => c.why).join(' ')).not.toMatch(/Skipped on Tuesday 5 January/);
  });

  it('A1: a runner who has never logged anything keeps the plan as generated (not "missed")', () => {
    const result = coachPlan({
      plan: generated,
      changes: [],
      profile,
      log: nothingLogged,
      today: d('2027-01-06'),
    });
    expect(findSession(result.plan, session('2027-01-05'))?.day.date).toBe('2027-01-05');
    expect(result.changes.filter((c) => c.rule === 'A1')).toEqual([]);
  });

  it('A1: sessions missed more than a week ago are history, left where they were', () => {
    const result = coachPlan({
      plan: generated,
      changes: [],
      profile,
      log: loggedBefore,
      today: d('2027-01-20'),
    });
    expect(findSession(result.plan, session('2027-01-12'))?.session).toEqual(
      findSession(generated, session('2027-01-12'))?.session,
    );
  });
});

describe('a long gap', () => {
  it('gap: 15 days without a logged session restarts one step lower', () => {
    // 5 January: goblet squat 3×10 at RPE 8 with 16 kg, a success that would earn 11 reps. Nothing
    // logged until 20 January: the next session starts a dumbbell step lower, 14 kg × 10.
    const dumbbells: Load = { kind: 'kg', equipment: 'dumbbells', kg: 16, maxKg: 20, targetRpe: 8 };
    const goblet = planExercise('goblet-squat', {
      sets: 3,
      reps: 10,
      load: dumbbells,
      targetRpe: 8,
    });
    const plan = withExercises(generated, {
      [session('2027-01-05')]: [goblet],
      [session('2027-01-26')]: [goblet],
    });
    const log = logOf(
      loggedSets(
        session('2027-01-05'),
        'goblet-squat',
        '2027-01-05',
        times(3, { reps: 10, kg: 16, rpe: 8 }),
      ),
    );
    const result = coachPlan({ plan, changes: [], profile, log, today: d('2027-01-20') });
    expect(prescriptionIn(result.plan, session('2027-01-26'), 'goblet-squat')).toMatchObject({
      reps: 10,
      load: { kg: 14 },
    });
    expect(result.changes.find((c) => c.exerciseId === 'goblet-squat')).toMatchObject({
      rule: 'gap',
      why: expect.stringMatching(/^15 days since your last logged session/),
    });
  });
});

describe('B19: an early deload', () => {
  it('B19: session RPE up 0.5 or more over two weeks, and pain up, make the next week a deload', () => {
    // Week 1 (5, 7 Jan): RPE 6, pain 1/10. Weeks 2–3 (12, 14, 19, 21 Jan): RPE 7, 7, 7.5, 7.5 and
    // pain 4/10. On Friday 22 January the two weeks before week 4 average 7.25 against 6.0
    // before them (+1.25) and pain rose 1 → 4: week 4 keeps 60 % of its sets, protocols whole.
    const sessions: [string, number, number][] = [
      ['2027-01-05', 6, 1],
      ['2027-01-07', 6, 1],
      ['2027-01-12', 7, 4],
      ['2027-01-14', 7, 4],
      ['2027-01-19', 7.5, 4],
      ['2027-01-21', 7.5, 4],
    ];
    const log = logOf(
      ...sessions.map(([date, rpe, pain]) =>
        loggedWorkout(session(date), date, { rpe, painBefore: 0, painNextMorning: pain }),
      ),
    );
    const result = coachPlan({
      plan: generated,
      changes: [],
      profile,
      log,
      today: d('2027-01-22'),
    });
    for (const date of ['2027-01-26', '2027-01-28']) {
      const before = findSession(generated, session(date))?.session;
      const after = findSession(result.plan, session(date))?.session;
      expect(after?.exercises.map((e) => e.sets)).toEqual(
        before?.exercises.map((e) =>
          e.note?.includes('(A7)') ? e.sets : Math.max(1, Math.round(e.sets * 0.6)),
        ),
      );
      expect(after?.adaptations?.at(-1)).toMatchObject({
        what: 'Sets cut to 60 %',
        setFraction: 0.6,
      });
    }
    expect(result.changes.filter((c) => c.rule === 'B19').map((c) => c.date)).toEqual([
      '2027-01-26',
      '2027-01-28',
    ]);
    // The week under way is left as it is.
    expect(
      findSession(result.plan, session('2027-01-21'))?.session.exercises.map((e) => e.sets),
    ).toEqual(findSession(generated, session('2027-01-21'))?.session.exercises.map((e) => e.sets));
  });

  it('B19: rising RPE without rising pain is not enough', () => {
    const log = logOf(
      ...[
        ['2027-01-05', 6],
        ['2027-01-12', 7.5],
        ['2027-01-19', 7.5],
      ].map(([date, rpe]) =>
        loggedWorkout(session(String(date)), String(date), {
          rpe: Number(rpe),
          painNextMorning: 1,
        }),
      ),
    );
    const result = coachPlan({
      plan: generated,
      changes: [],
      profile,
      log,
      today: d('2027-01-22'),
    });
    expect(result.changes.filter((c) => c.rule === 'B19')).toEqual([]);
  });
});

describe('B17, B18: estimated 1RM and the strength phase', () => {
  it('B18: 100 kg × 5 estimates 116.7 kg (Epley) and 112.5 kg (Brzycki); B17 prescribes from it', () => {
    // 9 February (strength phase): back squats 4×5 at 100 kg, RPE 10 — taken to failure, so 5
    // reps to failure: Epley 100 × (1 + 5/30) = 116.7, Brzycki 100 × 36/32 = 112.5. RPE 10 against
    // a target of 8 holds (B16), so no more than 100 kg. 16 February, 4×5 at RPE 8: 5 + 2 = 7
    // reps to failure, 81.1 % (B17) × 116.7 = 94.6 → 95 kg, the nearest barbell step. 23 February,
    // 4×4 at RPE 8: 83.7 % × 116.7 = 97.6 → 97.5 kg.
    const lifter = example({ equipment: { ...example().equipment, barbell: true } });
    const bar: Load = { kind: 'kg', equipment: 'barbell', kg: null, targetRpe: 8 };
    const squat = (reps: number) =>
      planExercise('back-squat', { sets: 4, reps, load: bar, targetRpe: 8 });
    const plan = withExercises(generatePlan(lifter), {
      [session('2027-02-09')]: [squat(5)],
      [session('2027-02-16')]: [squat(5)],
      [session('2027-02-23')]: [squat(4)],
    });
    const log = logOf(
      loggedSets(
        session('2027-02-09'),
        'back-squat',
        '2027-02-09',
        times(4, { reps: 5, kg: 100, rpe: 10 }),
      ),
    );
    const result = coachPlan({ plan, changes: [], profile: lifter, log, today: d('2027-02-10') });
    expect(result.oneRepMax).toEqual([
      {
        exerciseId: 'back-squat',
        epleyKg: expect.closeTo(116.67, 2),
        brzyckiKg: expect.closeTo(112.5, 5),
        from: { performedOn: '2027-02-09', reps: 5, loadKg: 100, rpe: 10 },
      },
    ]);
    expect(prescriptionIn(result.plan, session('2027-02-16'), 'back-squat')).toMatchObject({
      reps: 5,
      load: { kg: 95, percentOneRepMax: 0.811, targetRpe: 8 },
    });
    expect(prescriptionIn(result.plan, session('2027-02-23'), 'back-squat')).toMatchObject({
      reps: 4,
      load: { kg: 97.5, percentOneRepMax: 0.837 },
    });
    expect(result.changes.find((c) => c.sessionId === session('2027-02-16'))).toMatchObject({
      rule: 'B17',
      why: expect.stringMatching(/from your estimated 1RM of 116.7 kg \(B18\)/),
    });
  });
});

describe('the runner’s swaps are learned', () => {
  it('override: single-leg squats swapped for split squats once → split squats from then on', () => {
    const changes: PlanChange[] = [
      {
        kind: 'swap',
        sessionId: session('2027-01-05'),
        exerciseId: 'single-leg-squat',
        with: 'split-squat',
      },
    ];
    const plan = applyChanges(generated, changes, profile);
    const log = logOf(
      loggedSets(
        session('2027-01-05'),
        'split-squat',
        '2027-01-05',
        times(3, { reps: 10, rpe: 7 }),
      ),
    );
    const result = coachPlan({ plan, changes, profile, log, today: d('2027-01-08') });
    const ids = (date: string) =>
      findSession(result.plan, session(date))?.session.exercises.map((e) => e.exerciseId);
    expect(ids('2027-01-12')).toContain('split-squat');
    expect(ids('2027-01-12')).not.toContain('single-leg-squat');
    expect(result.changes.find((c) => c.sessionId === session('2027-01-12'))).toMatchObject({
      rule: 'override',
      what: 'Single-leg squat → Split squat',
      why: 'You chose Split squat over Single-leg squat on Tuesday 5 January 2027.',
    });
  });
});
