import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays, daysBetween, type IsoDate, weekdayOf } from '../calendar/iso-date';
import { canPerform, getExercise } from '../catalogue/catalogue';
import { CONTACTS_PER_SESSION } from '../prescription/plyometric-dose';
import { ownedEquipment } from '../profile/owned-equipment';
import {
  contactsOf,
  minGapInDays,
  runOn,
  sessionsOf,
  strengthSessionsOf,
} from '../test-support/plan-queries';
import { arbitraryProfile } from '../test-support/profiles';
import { generatePlan } from './generate-plan';
import { planSchema } from './plan.schema';

const runs = { numRuns: 150 };

describe('invariants over random runner profiles', () => {
  test.prop([arbitraryProfile], runs)('every plan matches the published schema', (profile) => {
    const result = planSchema.safeParse(generatePlan(profile));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  test.prop([arbitraryProfile], runs)(
    'A1 and B8: strength sessions at least 48 h apart, at most 3 a week',
    (profile) => {
      const plan = generatePlan(profile);
      const dates = [...new Set(strengthSessionsOf(plan).map((s) => s.day.date))];
      expect(minGapInDays(dates)).toBeGreaterThanOrEqual(2);
      for (const week of plan.weeks) {
        const count = week.days.filter((d) => d.sessions.some((s) => s.kind !== 'rehab')).length;
        expect(count).toBeLessThanOrEqual(3);
      }
    },
  );

  test.prop([arbitraryProfile], runs)(
    'A1: sessions are dropped only with a decision saying so',
    (profile) => {
      const plan = generatePlan(profile);
      for (const week of plan.weeks.filter((w) => w.phase !== 'taper')) {
        const wanted =
          week.phase === 'maintenance'
            ? Math.min(2, profile.sessionsPerWeek)
            : profile.sessionsPerWeek;
        const placed = week.days.filter((d) => d.sessions.some((s) => s.kind !== 'rehab')).length;
        if (placed < wanted && week.days.length === 7) {
          expect(plan.decisions).toContainEqual(
            expect.objectContaining({
              kind: 'dropped',
              weeks: expect.arrayContaining([week.index]),
            }),
          );
        }
      }
    },
  );

  test.prop([arbitraryProfile], runs)(
    'A2: never a strength session the day before a long run or race',
    (profile) => {
      const plan = generatePlan(profile);
      for (const { day } of strengthSessionsOf(plan)) {
        const tomorrow = addDays(day.date, 1);
        const run = runOn(plan, tomorrow) ?? profile.runningWeek[weekdayOf(tomorrow)];
        expect(['long', 'race']).not.toContain(run);
      }
    },
  );

  test.prop([arbitraryProfile], runs)(
    'A10: never an exercise the runner lacks the equipment for',
    (profile) => {
      const owned = ownedEquipment(profile.equipment);
      for (const { session } of sessionsOf(generatePlan(profile))) {
        for (const e of session.exercises) {
          expect(canPerform(getExercise(e.exerciseId), owned)).toBe(true);
          if (e.load.kind === 'vest') expect(profile.equipment.weightVest?.kg).toBe(e.load.kg);
          if (e.load.kind === 'band') expect(profile.equipment.bands).toContain(e.load.tension);
          if (e.load.kind === 'box')
            expect(profile.equipment.box?.heightsCm).toContain(e.load.heightCm);
          if (e.load.kind === 'kg' && e.load.equipment === 'kettlebell') {
            expect(profile.equipment.kettlebells?.kg).toContain(e.load.kg);
          }
        }
      }
    },
  );

  test.prop([arbitraryProfile], runs)('A10: never prescribe unavailable days', (profile) => {
    for (const { day } of sessionsOf(generatePlan(profile))) {
      expect(profile.unavailableDays).not.toContain(day.weekday);
    }
  });

  test.prop([arbitraryProfile], runs)(
    'B19: never more than 6 loading weeks in a row',
    (profile) => {
      let run = 0;
      for (const week of generatePlan(profile).weeks) {
        run = week.phase === 'deload' || week.phase === 'taper' ? 0 : run + 1;
        expect(run).toBeLessThanOrEqual(6);
      }
    },
  );

  test.prop([arbitraryProfile], runs)(
    'B20: foot contacts never exceed the runner’s level',
    (profile) => {
      const { max } = CONTACTS_PER_SESSION[profile.experience];
      for (const { session } of sessionsOf(generatePlan(profile))) {
        expect(contactsOf(session)).toBeLessThanOrEqual(max);
      }
    },
  );

  test.prop([arbitraryProfile], runs)(
    'A5: no jumps before the foundation and strength stages are done',
    (profile) => {
      const plan = generatePlan(profile);
      const seen = { foundation: 0, strength: 0 };
      for (const week of plan.weeks) {
        const contacts = week.days
          .flatMap((d) => d.sessions)
          .reduce((n, s) => n + contactsOf(s), 0);
        if (contacts > 0) {
          expect(seen.foundation).toBeGreaterThanOrEqual(2);
          expect(seen.strength).toBeGreaterThanOrEqual(3);
        }
        if (week.phase === 'foundation' || week.phase === 'strength') seen[week.phase] += 1;
      }
    },
  );

  test.prop([arbitraryProfile], runs)(
    'B12: taper — nothing in the last 48 h, no heavy work in the last 6 days',
    (profile) => {
      const plan = generatePlan(profile);
      const race = plan.race?.date as IsoDate | undefined;
      if (!race) return;
      for (const { day, session } of sessionsOf(plan)) {
        const daysOut = daysBetween(day.date, race);
        expect(daysOut).toBeGreaterThan(2);
        if (daysOut <= 6) {
          expect(session.heavy).toBe(false);
          for (const e of session.exercises) expect(['none', 'band']).toContain(e.load.kind);
        }
      }
    },
  );

  test.prop([arbitraryProfile], runs)(
    'sessions fit the runner’s minutes, or the plan says why not',
    (profile) => {
      const plan = generatePlan(profile);
      for (const { week, session } of strengthSessionsOf(plan)) {
        if (session.estimatedMinutes <= profile.minutesPerSession) continue;
        expect(plan.decisions).toContainEqual(
          expect.objectContaining({
            kind: 'warning',
            rule: 'A9',
            weeks: expect.arrayContaining([week.index]),
          }),
        );
      }
    },
  );

  test.prop([arbitraryProfile], { numRuns: 40 })(
    'deterministic: the same profile, the same plan',
    (profile) => {
      expect(generatePlan(structuredClone(profile))).toEqual(generatePlan(profile));
    },
  );
});
