import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, type IsoDate, weekdayOf } from '../calendar/iso-date';
import { getExercise } from '../catalogue/catalogue';
import { EXPECTATIONS } from '../evidence/expectations';
import { CONTACTS_PER_SESSION } from '../prescription/plyometric-dose';
import {
  contactsOf,
  exercisesOf,
  minGapInDays,
  runOn,
  sessionsOf,
  strengthDatesOf,
  strengthSessionsOf,
  totalSets,
} from '../test-support/plan-queries';
import { EXAMPLE_PROFILE, example, profileOf } from '../test-support/profiles';
import { generatePlan } from './generate-plan';
import { planSchema } from './plan.schema';

const examplePlan = generatePlan(example());
const raceDate = '2027-04-25' as IsoDate;
const noEquipment = { bands: [], pullUpBar: false, bench: false, barbell: false };

describe('the example profile’s plan', () => {
  it('matches the published plan schema', () => {
    expect(planSchema.safeParse(examplePlan).success).toBe(true);
  });

  it('covers 16 weeks from the start date to race day', () => {
    expect(examplePlan.weeks).toHaveLength(16);
    expect(examplePlan.weeks[0]?.days[0]?.date).toBe('2027-01-04');
    expect(examplePlan.weeks.at(-1)?.days.at(-1)?.date).toBe(raceDate);
    expect(runOn(examplePlan, raceDate)).toBe('race');
  });

  it('A1: two sessions a week on non-consecutive days', () => {
    for (const week of examplePlan.weeks.slice(0, -1)) {
      const dates = week.days
        .filter((d) => d.sessions.some((s) => s.kind === 'strength'))
        .map((d) => d.date);
      expect(dates).toHaveLength(2);
      expect(minGapInDays(dates)).toBeGreaterThanOrEqual(2);
    }
  });

  it('A2: no strength session the day before the long run', () => {
    for (const { day } of strengthSessionsOf(examplePlan)) {
      expect(runOn(examplePlan, addDays(day.date, 1))).not.toBe('long');
    }
  });

  it('B5: heavy sessions sit on the quality days, Tuesday and Thursday', () => {
    const heavy = strengthSessionsOf(examplePlan).filter((s) => s.session.heavy);
    expect(heavy.length).toBeGreaterThan(0);
    for (const { day } of heavy) expect(day.run).toBe('quality');
  });

  it('B7: no quality run the day after heavy legs', () => {
    for (const { day } of strengthSessionsOf(examplePlan).filter((s) => s.session.heavy)) {
      expect(runOn(examplePlan, addDays(day.date, 1))).not.toBe('quality');
    }
  });

  it('B6: sessions on running days say to lift at least 3 h (better 6 h) after the run', () => {
    for (const { day, session } of strengthSessionsOf(examplePlan)) {
      if (day.run === 'rest') continue;
      expect(session.timing).toMatch(/3 h/);
      expect(session.timing).toMatch(/6 h/);
    }
  });

  it('B6: a session with jumps is never part of a run', () => {
    const jumping = strengthSessionsOf(examplePlan).filter((s) => contactsOf(s.session) > 0);
    expect(jumping.length).toBeGreaterThan(0);
    for (const { session } of jumping)
      expect(session.notes.join(' ')).toMatch(/never part of a run/);
  });

  it('B12: the last heavy session falls 7–10 days before the race, nothing in the last 48 h', () => {
    const heavyDates = strengthSessionsOf(examplePlan)
      .filter((s) => s.session.heavy)
      .map((s) => s.day.date);
    const lastHeavy = heavyDates.sort().at(-1) as IsoDate;
    const daysOut = daysBetween(lastHeavy, raceDate);
    expect(daysOut).toBeGreaterThanOrEqual(7);
    expect(daysOut).toBeLessThanOrEqual(10);
    for (const date of strengthDatesOf(examplePlan)) {
      expect(daysBetween(date, raceDate)).toBeGreaterThan(2);
    }
  });

  it('B12: race week is bodyweight activation only', () => {
    const raceWeek = strengthSessionsOf(examplePlan).filter(
      (s) => daysBetween(s.day.date, raceDate) <= 6,
    );
    expect(raceWeek.length).toBeGreaterThan(0);
    for (const { session } of raceWeek) {
      expect(session.kind).toBe('activation');
      expect(session.heavy).toBe(false);
      for (const e of session.exercises) expect(e.load).toEqual({ kind: 'none' });
      expect(contactsOf(session)).toBe(0);
    }
  });

  it('B19: a deload week keeps the exercises and cuts volume by 25–50 %', () => {
    const weeks = examplePlan.weeks;
    const deloads = weeks.filter((w) => w.phase === 'deload');
    expect(deloads.length).toBeGreaterThanOrEqual(2);
    for (const deload of deloads) {
      const before = weeks[deload.index - 2];
      if (!before) throw new Error('a deload cannot open the plan');
      const sessions = (w: typeof deload) =>
        w.days.flatMap((d) => d.sessions).filter((s) => s.kind === 'strength');
      // Fixed protocol doses (here Achilles heel drops) are not cut; compare the rest.
      const withoutProtocols = (w: typeof deload) =>
        sessions(w).map((s) => ({
          ...s,
          exercises: s.exercises.filter((e) => e.exerciseId !== 'eccentric-heel-drop'),
        }));
      const ratio = totalSets(withoutProtocols(deload)) / totalSets(withoutProtocols(before));
      expect(ratio).toBeGreaterThanOrEqual(0.5);
      expect(ratio).toBeLessThanOrEqual(0.75);
      const ids = (w: typeof deload) =>
        sessions(w)
          .flatMap((s) => s.exercises.map((e) => e.exerciseId))
          .sort();
      expect(ids(deload)).toEqual(ids(before));
    }
  });

  it('A9: every week has core and upper-body work', () => {
    for (const week of examplePlan.weeks) {
      const regions = week.days
        .flatMap((d) => d.sessions)
        .flatMap((s) => s.exercises)
        .map((e) => getExercise(e.exerciseId).region);
      expect(regions).toContain('core');
      if (week.phase !== 'taper') expect(regions).toContain('upper');
    }
  });

  it('A8: every loading week trains glutes, hamstrings, quads, calves and core', () => {
    const groups = {
      glutes: ['gluteus-maximus', 'gluteus-medius'],
      hamstrings: ['hamstrings'],
      quads: ['quadriceps'],
      calves: ['gastrocnemius', 'soleus'],
      core: ['rectus-abdominis', 'obliques', 'transverse-abdominis', 'erector-spinae'],
    };
    for (const week of examplePlan.weeks.filter((w) => w.phase !== 'taper')) {
      const muscles = new Set(
        week.days
          .flatMap((d) => d.sessions)
          .flatMap((s) => s.exercises)
          .flatMap((e) => getExercise(e.exerciseId).primaryMuscles),
      );
      for (const [group, members] of Object.entries(groups)) {
        expect(
          members.some((m) => muscles.has(m as never)),
          `${group} in week ${week.index}`,
        ).toBe(true);
      }
    }
  });

  it('A8: single-leg or posterior-chain work opens every foundation session', () => {
    const foundation = examplePlan.weeks.filter((w) => w.phase === 'foundation');
    for (const session of foundation.flatMap((w) => w.days.flatMap((d) => d.sessions))) {
      const first = getExercise(session.exercises[0]?.exerciseId ?? '');
      const posterior = first.primaryMuscles.some(
        (m) => m === 'hamstrings' || m === 'gluteus-maximus',
      );
      expect(first.unilateral || posterior).toBe(true);
    }
  });

  it('A9: every prescribed exercise carries its form cues', () => {
    for (const { session } of sessionsOf(examplePlan)) {
      for (const e of session.exercises) expect(e.cues.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('A7: a history of Achilles trouble puts eccentric heel drops in every strength session', () => {
    for (const { session } of strengthSessionsOf(examplePlan).filter(
      (s) => s.session.kind === 'strength',
    )) {
      expect(exercisesOf(session, 'eccentric-heel-drop')).toHaveLength(1);
    }
  });

  it('B3: strength-phase main lifts are 3–5 sets of 3–6 reps near 80 % of 1RM, resting 2–3 min', () => {
    const strengthWeeks = examplePlan.weeks.filter((w) => w.phase === 'strength');
    expect(strengthWeeks.length).toBeGreaterThanOrEqual(4);
    for (const week of strengthWeeks) {
      for (const session of week.days.flatMap((d) => d.sessions).filter((s) => s.heavy)) {
        const main = session.exercises[0];
        if (!main || main.reps === undefined)
          throw new Error('a heavy session opens with its main lift');
        expect(main.sets).toBeGreaterThanOrEqual(3);
        expect(main.sets).toBeLessThanOrEqual(5);
        expect(main.reps).toBeGreaterThanOrEqual(3);
        expect(main.reps).toBeLessThanOrEqual(6);
        expect(main.restSeconds).toBeGreaterThanOrEqual(120);
        expect(main.restSeconds).toBeLessThanOrEqual(180);
        if (main.load.kind !== 'kg') throw new Error('the example runner owns weights');
        // 6 reps at RPE 8 is 78.6 %, 4 at RPE 8 is 83.7 %: "about 80 % or more".
        expect(main.load.percentOneRepMax).toBeGreaterThanOrEqual(0.78);
      }
    }
  });

  it('B16: every target RPE is between 7 and 9', () => {
    for (const { session } of sessionsOf(examplePlan)) {
      for (const e of session.exercises) {
        if (e.targetRpe === undefined) continue;
        expect(e.targetRpe).toBeGreaterThanOrEqual(7);
        expect(e.targetRpe).toBeLessThanOrEqual(9);
      }
    }
  });

  it('B20 and B22: jump sessions carry 100–120 contacts for an intermediate, beside a heavy lift', () => {
    const { min, max } = CONTACTS_PER_SESSION.intermediate;
    expect([min, max]).toEqual([100, 120]);
    const jumping = strengthSessionsOf(examplePlan).filter((s) => contactsOf(s.session) > 0);
    for (const { week, session } of jumping) {
      expect(contactsOf(session)).toBeLessThanOrEqual(max);
      if (week.phase === 'power') expect(contactsOf(session)).toBeGreaterThanOrEqual(min);
      expect(session.heavy).toBe(true);
    }
  });

  it('A5 and B21: box work uses the owned heights between 30 and 60 cm, climbing 15 cm at a time', () => {
    const heights = strengthSessionsOf(examplePlan).flatMap((s) =>
      s.session.exercises.flatMap((e) => (e.load.kind === 'box' ? [e.load.heightCm] : [])),
    );
    expect(heights[0]).toBe(30);
    heights.forEach((h, i) => {
      expect(h).toBeGreaterThanOrEqual(30);
      expect(h).toBeLessThanOrEqual(60);
      if (i > 0) expect(h - (heights[i - 1] as number)).toBeLessThanOrEqual(15);
    });
  });

  it('A13, B32, B37: tells the runner the evidence-based figures, never the article’s bigger claims', () => {
    expect(examplePlan.expectations).toEqual(EXPECTATIONS);
    const text = JSON.stringify(examplePlan.expectations);
    expect(text).toMatch(/2–8 %/);
    expect(text).toMatch(/halved/);
    expect(text).toMatch(/3 % faster/);
    expect(text).toMatch(/Blagrove/);
    expect(text).toMatch(/Lauersen/);
    expect(text).not.toMatch(/8[–-]15/);
    expect(text).not.toMatch(/50 %/);
  });

  it('is deterministic: the same profile gives the same plan', () => {
    expect(generatePlan(example())).toEqual(examplePlan);
  });
});

describe('progression and stages', () => {
  const bodyweight = generatePlan(
    example({ equipment: noEquipment, injuries: [], minutesPerSession: 60 }),
  );

  it('A4: single-leg squats climb from 10 to 15 over 4–6 weeks, then load is added', () => {
    const byWeek = examplePlan.weeks
      .filter((w) => w.phase === 'foundation')
      .map(
        (w) =>
          w.days.flatMap((d) => d.sessions).flatMap((s) => exercisesOf(s, 'single-leg-squat'))[0]
            ?.reps,
      );
    expect(byWeek[0]).toBe(10);
    expect(byWeek.at(-1)).toBe(15);
    expect(byWeek.length).toBeGreaterThanOrEqual(4);
    expect(byWeek.length).toBeLessThanOrEqual(6);
    expect(byWeek).toEqual([...byWeek].sort((a, b) => (a ?? 0) - (b ?? 0)));
    const strength = examplePlan.weeks
      .filter((w) => w.phase === 'strength')
      .flatMap((w) => w.days.flatMap((d) => d.sessions))
      .flatMap((s) => exercisesOf(s, 'single-leg-squat'));
    expect(strength.length).toBeGreaterThan(0);
    for (const e of strength) expect(e.load.kind).not.toBe('none');
  });

  it('A4 and A6: with nothing to add as load, a harder variation or a slow 3 s eccentric takes over', () => {
    const strength = bodyweight.weeks
      .filter((w) => w.phase === 'strength')
      .flatMap((w) => w.days.flatMap((d) => d.sessions))
      .flatMap((s) => s.exercises)
      .filter((e) => ['single-leg-squat', 'skater-squat', 'pistol-squat'].includes(e.exerciseId));
    expect(strength.length).toBeGreaterThan(0);
    for (const e of strength) {
      const harder = e.exerciseId !== 'single-leg-squat';
      expect(harder || e.tempo?.down === 3).toBe(true);
    }
  });

  it('A5: no plyometrics before the foundation and strength stages', () => {
    const novice = generatePlan(example({ experience: 'novice' }));
    const firstPower = novice.weeks.find((w) => w.phase === 'power');
    for (const week of novice.weeks) {
      const jumps = week.days.flatMap((d) => d.sessions).reduce((n, s) => n + contactsOf(s), 0);
      if (firstPower && week.index < firstPower.index) expect(jumps).toBe(0);
    }
    const phasesBefore = novice.weeks.slice(0, (firstPower?.index ?? 1) - 1).map((w) => w.phase);
    expect(phasesBefore).toContain('foundation');
    expect(phasesBefore).toContain('strength');
  });

  it('A5: the foundation stage is bodyweight: no added weights', () => {
    for (const week of examplePlan.weeks.filter((w) => w.phase === 'foundation')) {
      for (const e of week.days.flatMap((d) => d.sessions).flatMap((s) => s.exercises)) {
        expect(['none', 'band']).toContain(e.load.kind);
      }
    }
  });

  it('B4: a novice’s first week works the legs at 8–12 reps on non-consecutive days', () => {
    const novice = generatePlan(example({ experience: 'novice', injuries: [] }));
    const first = novice.weeks[0]?.days.flatMap((d) => d.sessions) ?? [];
    const legs = first
      .flatMap((s) => s.exercises)
      .filter((e) =>
        [
          'single-leg-squat',
          'split-squat',
          'single-leg-deadlift',
          'glute-bridge',
          'step-up',
        ].includes(e.exerciseId),
      );
    expect(legs.length).toBeGreaterThan(0);
    for (const e of legs) {
      expect(e.reps).toBeGreaterThanOrEqual(8);
      expect(e.reps).toBeLessThanOrEqual(12);
    }
  });

  it('A10: a runner with no equipment gets nothing that needs equipment', () => {
    for (const { session } of sessionsOf(bodyweight)) {
      for (const e of session.exercises) {
        expect(getExercise(e.exerciseId).equipment).toEqual([]);
        expect(e.load).toEqual({ kind: 'none' });
      }
    }
  });

  it('A5: boxes outside 30–60 cm are never prescribed', () => {
    const plan = generatePlan(
      example({ equipment: { ...noEquipment, box: { heightsCm: [20, 75] } } }),
    );
    for (const { session } of sessionsOf(plan)) {
      for (const e of session.exercises) expect(e.load.kind).not.toBe('box');
    }
  });

  it('session minutes: every session is estimated within the runner’s minutes', () => {
    for (const minutesPerSession of [20, 35, 60]) {
      const plan = generatePlan(example({ minutesPerSession, injuries: [] }));
      for (const { session } of strengthSessionsOf(plan)) {
        expect(session.estimatedMinutes).toBeLessThanOrEqual(minutesPerSession);
      }
    }
  });
});

describe('weeks that change the plan', () => {
  it('B1: one session a week is flagged as maintenance only', () => {
    const plan = generatePlan(example({ sessionsPerWeek: 1 }));
    expect(plan.decisions).toContainEqual(expect.objectContaining({ kind: 'warning', rule: 'B1' }));
  });

  it('B1: two sessions a week is the default', () => {
    const { sessionsPerWeek: _, ...withoutSessions } = EXAMPLE_PROFILE;
    expect(profileOf(withoutSessions).sessionsPerWeek).toBe(2);
  });

  it('B2: a block shorter than 6 weeks is flagged as low expected effect', () => {
    const short = generatePlan(example({ race: undefined, weeks: 5 }));
    expect(short.decisions).toContainEqual(
      expect.objectContaining({ kind: 'warning', rule: 'B2' }),
    );
    expect(examplePlan.decisions.some((d) => d.rule === 'B2')).toBe(false);
  });

  it('B9: a running-volume jump above 20 % cuts strength sets and keeps the load', () => {
    const km = Array.from({ length: 16 }, () => 40);
    km[6] = 50; // week 7: +25 %
    const plan = generatePlan(example({ weeklyRunningKm: km }));
    const week7 = (p: typeof plan) => p.weeks[6]?.days.flatMap((d) => d.sessions) ?? [];
    expect(totalSets(week7(plan))).toBeLessThan(totalSets(week7(examplePlan)));
    const loads = (p: typeof plan) => week7(p).flatMap((s) => s.exercises.map((e) => e.load));
    expect(loads(plan).filter((l) => l.kind === 'kg').length).toBeGreaterThan(0);
    expect(plan.decisions).toContainEqual(expect.objectContaining({ rule: 'B9', weeks: [7] }));
    // +20 % exactly is within the limit.
    km[6] = 48;
    expect(
      generatePlan(example({ weeklyRunningKm: km })).decisions.some((d) => d.rule === 'B9'),
    ).toBe(false);
  });

  it('B11: maintenance weeks hold 1–2 sessions with fewer sets at the same intensity', () => {
    const plan = generatePlan(example({ race: undefined, weeks: 30, sessionsPerWeek: 3 }));
    const maintenance = plan.weeks.filter((w) => w.phase === 'maintenance');
    expect(maintenance.length).toBeGreaterThan(0);
    for (const week of maintenance) {
      const sessions = week.days.flatMap((d) => d.sessions);
      expect(sessions.length).toBeGreaterThanOrEqual(1);
      expect(sessions.length).toBeLessThanOrEqual(2);
      for (const s of sessions) {
        const main = s.exercises[0];
        expect(main?.reps).toBeLessThanOrEqual(6);
        expect(main?.sets).toBeLessThanOrEqual(3);
      }
    }
  });

  it('A2 and B12: a race in the running week is treated like the long run', () => {
    const plan = generatePlan(
      example({ runningWeek: { ...EXAMPLE_PROFILE.runningWeek, sat: 'race' } }),
    );
    for (const date of strengthDatesOf(plan)) expect(weekdayOf(date)).not.toBe('fri');
  });
});
