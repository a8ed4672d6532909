import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { addDays, daysBetween, type IsoDate } from '../calendar/iso-date';
import { generatePlan } from '../plan/generate-plan';
import { planSchema } from '../plan/plan.schema';
import { sessionsOf } from '../test-support/plan-queries';
import { example } from '../test-support/profiles';
import { coachPlan } from './coach-plan';
import type { LoggedSetRecord, LoggedWorkoutRecord, TrainingLog } from './training-log';

const hamstrings = example({ injuries: [{ area: 'hamstring', status: 'history' }] });
const profile = example();
const plans = [
  { profile, plan: generatePlan(profile) },
  { profile: hamstrings, plan: generatePlan(hamstrings) },
];

/** How one planned session went: skipped, or done with these deviations. */
const outcome = fc.record({
  skipped: fc.boolean(),
  repsOff: fc.integer({ min: -3, max: 2 }),
  rpeOff: fc.constantFrom(-2, -1, -0.5, 0, 0.5, 1, 1.5),
  pain: fc.constantFrom(0, 0, 0, 2, 4, 5, 6, 8),
  kg: fc.constantFrom(6, 10, 12, 14, 16, 20),
  nextMorning: fc.constantFrom(null, 0, 2, 5),
});

const arbitraryCase = fc.record({
  which: fc.integer({ min: 0, max: plans.length - 1 }),
  dayIndex: fc.integer({ min: 0, max: 16 * 7 - 1 }),
  outcomes: fc.array(outcome, { minLength: 1, maxLength: 60 }),
});

/**
 * A log of the plan as written up to `today`: each session skipped or done with the reps, RPE,
 * pain and (for "by feel" weights) load the case chose, in turn.
 */
const caseOf = ({
  which,
  dayIndex,
  outcomes,
}: typeof arbitraryCase extends fc.Arbitrary<infer T> ? T : never) => {
  const { profile: who, plan } = plans[which] ?? (plans[0] as (typeof plans)[number]);
  const today = addDays(plan.startDate, dayIndex);
  const sets: LoggedSetRecord[] = [];
  const workouts: LoggedWorkoutRecord[] = [];
  sessionsOf(plan)
    .filter(({ day }) => day.date < today)
    .forEach(({ day, session }, i) => {
      const o = outcomes[i % outcomes.length];
      if (!o || o.skipped) return;
      for (const e of session.exercises) {
        for (let n = 1; n <= e.sets; n++) {
          const aim = e.repsBySet?.[n - 1] ?? e.reps ?? e.contacts ?? 0;
          sets.push({
            sessionId: session.id,
            exerciseId: e.exerciseId,
            setNumber: n,
            performedOn: day.date,
            reps: e.seconds === undefined ? Math.max(0, aim + o.repsOff) : null,
            seconds: e.seconds === undefined ? null : Math.max(0, e.seconds + 5 * o.repsOff),
            loadKg: e.load.kind === 'kg' ? (e.load.kg ?? o.kg) : null,
            band: e.load.kind === 'band' ? e.load.tension : null,
            rpe: Math.min(10, Math.max(1, (e.targetRpe ?? 7) + o.rpeOff)),
            pain: n === 1 ? o.pain : 0,
          });
        }
      }
      workouts.push({
        sessionId: session.id,
        performedOn: day.date,
        rpe: null,
        durationMinutes: null,
        painBefore: 1,
        painNextMorning: o.nextMorning,
      });
    });
  const log: TrainingLog = { sets, workouts };
  return { profile: who, plan, log, today };
};

describe('coachPlan over random logs', () => {
  test.prop([arbitraryCase], { numRuns: 25 })(
    'deterministic, idempotent on an unchanged log, and the plan still matches its schema',
    (generated) => {
      const { profile: who, plan, log, today } = caseOf(generated);
      const input = { plan, changes: [], profile: who, log, today };
      const first = coachPlan(input);
      expect(coachPlan(structuredClone(input))).toEqual(first);
      expect(planSchema.safeParse(first.plan).error?.issues ?? []).toEqual([]);
      // Coaching the coached plan with the same log changes no prescription.
      const again = coachPlan({ ...input, plan: first.plan });
      expect(again.plan).toEqual(first.plan);
      // Past sessions are untouched, but for missed ones moved or skipped.
      for (const { day, session } of sessionsOf(plan)) {
        if (daysBetween(day.date, today) <= 7) continue;
        const after = sessionsOf(first.plan).find((s) => s.session.id === session.id);
        expect(after?.session).toEqual(session);
        expect(after?.day.date).toBe(day.date as IsoDate);
      }
    },
  );
});
