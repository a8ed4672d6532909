import { describe, expect, it } from 'vitest';
import { daysBetween, type IsoDate } from '../calendar/iso-date';
import { generatePlan } from '../plan/generate-plan';
import type { Injury } from '../profile/profile.schema';
import { exercisesOf, sessionsOf, strengthSessionsOf } from '../test-support/plan-queries';
import { example } from '../test-support/profiles';

const planWith = (injuries: Injury[], extra: Parameters<typeof example>[0] = {}) =>
  generatePlan(example({ injuries, minutesPerSession: 60, ...extra }));

const idsInWeek = (plan: ReturnType<typeof generatePlan>, week: number) =>
  plan.weeks[week - 1]?.days
    .flatMap((d) => d.sessions)
    .flatMap((s) => s.exercises.map((e) => e.exerciseId)) ?? [];

describe('injury work in the plan', () => {
  it('B24: a current Achilles problem gets Alfredson heel drops, straight and bent knee, 3×15, every available day for 12 weeks', () => {
    const plan = planWith([{ area: 'achilles', status: 'current' }], { unavailableDays: [] });
    const rehabDays = sessionsOf(plan).filter((s) => s.session.kind === 'rehab');
    const firstTwelveWeeks = plan.weeks.slice(0, 12).flatMap((w) => w.days);
    expect(rehabDays.map((s) => s.day.date)).toEqual(firstTwelveWeeks.map((d) => d.date));
    for (const { session } of rehabDays) {
      for (const id of ['straight-knee-heel-drop', 'bent-knee-heel-drop']) {
        const [drop] = exercisesOf(session, id);
        expect(drop).toMatchObject({ sets: 3, reps: 15 });
        expect(drop?.note).toMatch(/Twice a day/);
      }
    }
    expect(plan.weeks[12]?.days.some((d) => d.sessions.some((s) => s.kind === 'rehab'))).toBe(
      false,
    );
  });

  it('B25 and B26: the Achilles protocol names heavy slow resistance as the alternative and carries the pain gate', () => {
    const plan = planWith([{ area: 'achilles', status: 'current' }]);
    const rehab = sessionsOf(plan).find((s) => s.session.kind === 'rehab')?.session;
    expect(rehab?.exercises[0]?.note).toMatch(/B25/);
    expect(rehab?.notes.join(' ')).toMatch(/0–3\/10 is fine, 4–5\/10 acceptable, above 5\/10 stop/);
  });

  it('B27: a hamstring history runs the Nordic programme: 1, 2, then 3 sessions a week, 27 in 10 weeks, then 1 a week', () => {
    // Three quality-free days apart are open every week, so the programme can run in full.
    const plan = planWith([{ area: 'hamstring', status: 'history' }], {
      race: undefined,
      weeks: 14,
      unavailableDays: [],
      runningWeek: {
        mon: 'easy',
        tue: 'quality',
        wed: 'easy',
        thu: 'quality',
        fri: 'easy',
        sat: 'easy',
        sun: 'long',
      },
    });
    const perWeek = plan.weeks.map(
      (w) =>
        w.days
          .flatMap((d) => d.sessions)
          .filter((s) => exercisesOf(s, 'nordic-hamstring-curl').length > 0).length,
    );
    expect(perWeek.slice(0, 10)).toEqual([1, 2, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(perWeek.slice(0, 10).reduce((a, b) => a + b, 0)).toBe(27);
    expect(perWeek.slice(10)).toEqual([1, 1, 1, 1]);
    const week5 = sessionsOf(plan).find(
      (s) => s.week.index === 5 && exercisesOf(s.session, 'nordic-hamstring-curl').length,
    );
    expect(
      exercisesOf(week5?.session ?? ({ exercises: [] } as never), 'nordic-hamstring-curl')[0],
    ).toMatchObject({
      sets: 3,
      repsBySet: [12, 10, 8],
    });
  });

  it('B8 with B27: extra Nordic sessions stay 48 h from other leg work', () => {
    const plan = planWith([{ area: 'hamstring', status: 'history' }]);
    const dates = strengthSessionsOf(plan)
      .map((s) => s.day.date)
      .sort();
    dates.forEach((d, i) => {
      if (i > 0) expect(daysBetween(dates[i - 1] as IsoDate, d)).toBeGreaterThanOrEqual(2);
    });
  });

  it('A7 and B28: IT band trouble adds clamshells 3×15 per side and, for 6 weeks, a second hip-abductor exercise', () => {
    const plan = planWith([{ area: 'it-band', status: 'current' }]);
    for (const { session } of strengthSessionsOf(plan).filter(
      (s) => s.session.kind === 'strength',
    )) {
      expect(exercisesOf(session, 'clamshell')[0]).toMatchObject({
        sets: 3,
        reps: 15,
        perSide: true,
      });
    }
    const week2 = idsInWeek(plan, 2);
    expect(week2.some((id) => ['side-lying-hip-abduction', 'band-lateral-walk'].includes(id))).toBe(
      true,
    );
    const notes = (w: number) =>
      plan.weeks[w - 1]?.days
        .flatMap((d) => d.sessions)
        .flatMap((s) => s.exercises.map((e) => e.note ?? ''))
        .join(' ');
    expect(notes(2)).toMatch(/6-week hip programme/);
    expect(notes(8)).not.toMatch(/6-week hip programme/);
  });

  it('A7 and B29: runner’s knee adds knee work and a weekly pain check for 6 weeks', () => {
    const plan = planWith([{ area: 'knee', status: 'current' }]);
    const kneeWork = ['spanish-squat', 'step-down', 'wall-sit'];
    for (const week of [1, 6])
      expect(idsInWeek(plan, week).some((id) => kneeWork.includes(id))).toBe(true);
    expect(plan.weeks.slice(0, 6).every((w) => w.checks.some((c) => /B29/.test(c)))).toBe(true);
    expect(plan.weeks[6]?.checks.some((c) => /B29/.test(c))).toBe(false);
  });

  it('A7 and B31: shin pain adds tibialis and soleus work and asks for the heel-raise test in week 1', () => {
    const plan = planWith([{ area: 'shin', status: 'history' }]);
    expect(idsInWeek(plan, 1)).toEqual(
      expect.arrayContaining(['tibialis-raise', 'bent-knee-calf-raise']),
    );
    expect(plan.weeks[0]?.checks.join(' ')).toMatch(/heel-raise test/);
  });

  it('B31: a heel-raise test below 25 adds calf-capacity work even without an injury', () => {
    const weak = planWith([], { calfRaiseTest: { leftReps: 18, rightReps: 20 } });
    expect(idsInWeek(weak, 1)).toEqual(
      expect.arrayContaining(['tibialis-raise', 'bent-knee-calf-raise']),
    );
    expect(weak.decisions).toContainEqual(
      expect.objectContaining({ rule: 'B31', kind: 'adjusted' }),
    );
    const strong = planWith([{ area: 'shin', status: 'history' }], {
      calfRaiseTest: { leftReps: 30, rightReps: 29 },
    });
    expect(idsInWeek(strong, 1)).not.toContain('tibialis-raise');
  });

  it('A7 and B30: a current plantar fascia gets Rathleff heel raises every second day, 3 s up, 2 s hold, 3 s down', () => {
    const plan = planWith([{ area: 'plantar-fascia', status: 'current' }], { unavailableDays: [] });
    const rathleff = sessionsOf(plan).filter(
      (s) => exercisesOf(s.session, 'single-leg-heel-raise-towel').length > 0,
    );
    const start = plan.startDate as IsoDate;
    for (const { day } of rathleff) expect(daysBetween(start, day.date) % 2).toBe(0);
    const dose = (week: number) =>
      exercisesOf(
        rathleff.find((s) => s.week.index === week)?.session ?? ({ exercises: [] } as never),
        'single-leg-heel-raise-towel',
      )[0];
    expect(dose(1)).toMatchObject({ sets: 3, reps: 12 });
    expect(dose(2)).toMatchObject({ sets: 4, reps: 10 });
    expect(dose(4)).toMatchObject({ sets: 5, reps: 8 });
    expect(dose(1)?.tempo).toMatchObject({ up: 3, holdTop: 2, down: 3 });
  });
});
