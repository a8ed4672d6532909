import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays, daysBetween, type IsoDate, weekdayOf } from '../calendar/iso-date';
import { WEEKDAYS } from '../calendar/weekday';
import { applyChanges } from '../changes/apply-changes';
import { generatePlan } from '../plan/generate-plan';
import { type Plan, planSchema } from '../plan/plan.schema';
import type { RunnerProfile } from '../profile/profile.schema';
import { minGapInDays, runOn, strengthSessionsOf } from '../test-support/plan-queries';
import { arbitraryProfile } from '../test-support/profiles';
import { arbitraryRunHistory } from '../test-support/runs';
import { adaptToRuns } from './adapt-to-runs';
import { classifyRuns } from './classify-runs';
import type { RunRecord } from './run-record';

const comingWeek = (today: IsoDate, date: IsoDate) =>
  daysBetween(today, date) >= 0 && daysBetween(today, date) < 7;

interface Scenario {
  profile: RunnerProfile;
  plan: Plan;
  today: IsoDate;
  runs: RunRecord[];
}

/**
 * A random runner, their plan, a day inside it and the five weeks of runs before that day. Half
 * the histories put the long run on the day after one of the coming sessions, so the long-run
 * move (rare in purely random weeks) is exercised as often as the other signals.
 */
const scenario: fc.Arbitrary<Scenario> = arbitraryProfile.chain((profile) => {
  const plan = generatePlan(profile);
  const days = daysBetween(plan.startDate, plan.endDate) + 1;
  return fc.tuple(fc.integer({ min: 0, max: days - 1 }), fc.boolean()).chain(([offset, aim]) => {
    const today = addDays(plan.startDate, offset);
    const eves = strengthSessionsOf(plan)
      .filter(({ day }) => comingWeek(today, day.date))
      .map(({ day }) => weekdayOf(addDays(day.date, 1)));
    const longDays = aim && eves.length > 0 ? eves : WEEKDAYS;
    return arbitraryRunHistory(today, longDays).map((runs) => ({ profile, plan, today, runs }));
  });
});

const adapted = ({ profile, plan, today, runs }: Scenario) => {
  const classifications = classifyRuns(runs);
  const result = adaptToRuns({ plan, profile, runs, classifications, today });
  const applied = applyChanges(plan, result.changes, profile);
  return { ...result, classifications, applied };
};

const runs = { numRuns: 100 };

describe('adapting to runs, over random runners and run histories', () => {
  test.prop([scenario], runs)(
    'A1, A2, B8: the changed plan keeps the scheduling rules and the published schema',
    (s) => {
      const { applied, signals } = adapted(s);
      expect(planSchema.safeParse(applied).error?.issues ?? []).toEqual([]);
      const sessions = strengthSessionsOf(applied).filter(({ session }) => !session.skipped);
      // A1, B8: at least 48 h between strength sessions, anywhere in the plan.
      expect(
        minGapInDays([...new Set(sessions.map(({ day }) => day.date))]),
      ).toBeGreaterThanOrEqual(2);
      // A2: no coming session the day before a long run or race; on the eve of a long run that
      // moved only when no day could take it, and then lightened.
      const moved = signals.find((signal) => signal.kind === 'long-run-moved');
      for (const { day, session } of sessions.filter(({ day }) => comingWeek(s.today, day.date))) {
        const tomorrow = addDays(day.date, 1);
        const run = runOn(applied, tomorrow) ?? s.profile.runningWeek[weekdayOf(tomorrow)];
        expect(['long', 'race']).not.toContain(run);
        if (moved && weekdayOf(tomorrow) === moved.to) {
          expect(session.adaptations?.some((a) => a.setFraction !== undefined)).toBe(true);
        }
      }
    },
  );

  test.prop([scenario], runs)(
    'only coming, unskipped sessions change; moves go from today on, off unavailable days',
    (s) => {
      const { applied, changes } = adapted(s);
      expect(strengthSessionsOf(applied)).toHaveLength(strengthSessionsOf(s.plan).length);
      const byId = new Map(strengthSessionsOf(s.plan).map((at) => [at.session.id, at]));
      for (const change of changes) {
        const at = byId.get(change.sessionId);
        expect(at && comingWeek(s.today, at.day.date)).toBe(true);
        expect(at?.session.skipped).not.toBe(true);
        if (change.kind !== 'move') continue;
        expect(daysBetween(s.today, change.to)).toBeGreaterThanOrEqual(0);
        expect(s.profile.unavailableDays).not.toContain(weekdayOf(change.to));
      }
    },
  );

  test.prop([scenario], runs)('idempotent: run again on the changed plan, nothing new', (s) => {
    const { applied, classifications } = adapted(s);
    const again = adaptToRuns({ ...s, plan: applied, classifications });
    expect(again.changes).toEqual([]);
  });
});
