import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/iso-date';
import { applyChanges } from '../changes/apply-changes';
import { generatePlan } from '../plan/generate-plan';
import { example } from '../test-support/profiles';
import { explainDay } from './explain-day';

const plan = generatePlan(example());
const explain = (date: string) => {
  const result = explainDay(plan, date as IsoDate);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('explaining a day', () => {
  it('B5: a Tuesday session is explained by the quality run', () => {
    const tuesday = explain('2027-01-05');
    expect(tuesday.sessions).toHaveLength(1);
    expect(tuesday.reasons.join(' ')).toMatch(/^B5: Quality-run day/);
  });

  it('A2: Friday has no session because Saturday is the long run', () => {
    const friday = explain('2027-01-08');
    expect(friday.sessions).toEqual([]);
    expect(friday.reasons).toContain('A2: No strength the day before the long run');
  });

  it('a session the coach lightened after imported runs says what changed and why', () => {
    const lightened = applyChanges(
      plan,
      [
        {
          kind: 'lighten',
          sessionId: '2027-01-05-strength',
          setFraction: 0.5,
          reason: 'You raced.',
        },
      ],
      example(),
    );
    const result = explainDay(lightened, '2027-01-05' as IsoDate);
    expect(result.ok && result.value.reasons.at(-1)).toMatch(/: Sets cut to 50 %\. You raced\.$/);
  });

  it('B12: the day before the race is kept free', () => {
    expect(explain('2027-04-24').reasons.join(' ')).toMatch(/B12/);
  });

  it('a date outside the plan is an error naming the plan’s range', () => {
    const result = explainDay(plan, '2026-12-31' as IsoDate);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/2027-01-04 to 2027-04-25/);
  });
});
