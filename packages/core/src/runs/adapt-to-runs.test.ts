import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate, weekdayOf } from '../calendar/iso-date';
import type { Weekday } from '../calendar/weekday';
import { applyChanges } from '../changes/apply-changes';
import { findSession } from '../changes/find-session';
import { generatePlan } from '../plan/generate-plan';
import { RUNNING_RISE_SET_FRACTION } from '../plan/week-volume';
import type { RunnerProfile } from '../profile/profile.schema';
import { example } from '../test-support/profiles';
import { run } from '../test-support/runs';
import { adaptToRuns } from './adapt-to-runs';
import { classifyRuns } from './classify-runs';
import type { RunRecord } from './run-record';

const d = (s: string) => s as IsoDate;
// The example profile: Tuesday and Thursday quality, Saturday long, Fridays unavailable. Week 3
// of its plan runs Monday 18 to Sunday 24 January 2027, strength on Tuesday 19 and Thursday 21.
const today = d('2027-01-18');
const tuesday = '2027-01-19-strength';
const thursday = '2027-01-21-strength';

interface Week {
  long?: Weekday;
  scale?: number;
  race?: boolean;
}

/**
 * Eight weeks before `today` of Tuesday 8 km, Wednesday 10, Thursday 8, a 20 km long run
 * (Saturday unless told) and Sunday 10 km at 5:30/km; `last` and `before` shape the last two.
 */
const history = (last: Week = {}, before: Week = {}): RunRecord[] => {
  const runs: RunRecord[] = [];
  for (let i = 56; i >= 1; i--) {
    const date = addDays(today, -i);
    const week = i <= 7 ? last : i <= 14 ? before : {};
    const scale = week.scale ?? 1;
    const day = weekdayOf(date);
    if (day === (week.long ?? 'sat')) runs.push(run(date, { km: 20 * scale }));
    else if (day === 'sun' && week.race) runs.push(run(date, { id: 'race', km: 10.02, pace: 4 }));
    else if (day === 'tue' || day === 'thu') runs.push(run(date, { km: 8 * scale }));
    else if (day === 'wed' || day === 'sun') runs.push(run(date, { km: 10 * scale }));
  }
  return runs;
};

const adapt = (
  runs: RunRecord[],
  profile: RunnerProfile = example(),
  plan = generatePlan(profile),
) => {
  const classifications = classifyRuns(runs);
  const result = adaptToRuns({ plan, profile, runs, classifications, today });
  const applied = applyChanges(plan, result.changes, profile);
  const again = adaptToRuns({ plan: applied, profile, runs, classifications, today });
  return { ...result, applied, again };
};

describe('runs that change nothing', () => {
  it('the usual week gives no signal and no change', () => {
    expect(adapt(history())).toMatchObject({ signals: [], changes: [] });
  });
});

describe('the long run moved', () => {
  it('A2: the session on the eve of the new long-run day moves to the nearest legal day', () => {
    const { signals, changes, applied, again } = adapt(history({ long: 'fri' }, { long: 'fri' }));
    expect(signals).toEqual([
      {
        kind: 'long-run-moved',
        from: 'sat',
        to: 'fri',
        evidence:
          'Your long run was on Friday in each of the last 2 weeks (2027-01-08, 20.0 km; 2027-01-15, 20.0 km); your running week has it on Saturday.',
      },
    ]);
    // Wednesday is next to Tuesday's session (A1), Friday is unavailable, Tuesday is taken:
    // Saturday is the nearest day that keeps every rule.
    expect(changes).toEqual([
      {
        kind: 'move',
        sessionId: thursday,
        to: '2027-01-23',
        insisted: false,
        reason:
          'Your long run has been on Friday for the last two weeks, not Saturday: moved from Thursday to Saturday so it is not the day before the long run (A2).',
      },
    ]);
    const moved = findSession(applied, thursday);
    expect(moved?.day.date).toBe('2027-01-23');
    expect(weekdayOf(addDays(d(moved?.day.date ?? ''), 1))).not.toBe('fri');
    expect(moved?.session.notes.at(-1)).toMatch(/not the day before the long run/);
    expect(moved?.session.adaptations).toEqual([
      {
        what: 'Moved from Thursday 21 January 2027',
        why: changes[0]?.kind === 'move' ? changes[0].reason : '',
      },
    ]);
    expect(again.changes).toEqual([]);
  });

  it('A2: when no day keeps the rules, the session stays and is lightened, saying why', () => {
    const profile = example({ unavailableDays: ['mon', 'wed', 'fri', 'sat', 'sun'] });
    const { changes, applied, again } = adapt(history({ long: 'fri' }, { long: 'fri' }), profile);
    expect(changes).toEqual([
      {
        kind: 'lighten',
        sessionId: thursday,
        setFraction: 0.5,
        reason:
          'Your long run has been on Friday for the last two weeks, not Saturday, and no other day this week keeps the rules (A1, your unavailable days): sets cut to 50 % instead, as this is the day before the long run (A2).',
      },
    ]);
    const before = findSession(generatePlan(profile), thursday)?.session;
    const after = findSession(applied, thursday)?.session;
    expect(after?.exercises.map((e) => e.sets)).toEqual(
      before?.exercises.map((e) => Math.max(1, Math.round(e.sets * 0.5))),
    );
    expect(again.changes).toEqual([]);
  });

  it('one week on another day is a one-off, not a move', () => {
    expect(adapt(history({ long: 'fri' })).signals).toEqual([]);
  });
});

describe('a race', () => {
  it('lightens the strength sessions of the three days after it, and only those', () => {
    const { signals, changes, again } = adapt(history({ race: true }));
    expect(signals).toEqual([
      expect.objectContaining({ kind: 'race', runId: 'race', date: '2027-01-17' }),
    ]);
    expect(changes).toEqual([
      {
        kind: 'lighten',
        sessionId: tuesday,
        setFraction: 0.5,
        reason:
          'You raced on Sunday 17 January 2027: sets cut to 50 % for the 3 days after it, load and intensity kept, while your legs recover.',
      },
    ]);
    expect(again.changes).toEqual([]);
  });
});

describe('a jump in running volume', () => {
  it('B9: lightens every coming session by the plan’s B9 cut, load and reps kept', () => {
    const { signals, changes, applied, again } = adapt(history({ scale: 1.5 }));
    // 84 km in the last 7 days against 56 km a week before: up 50 %, above the 20 % limit.
    expect(signals).toEqual([
      expect.objectContaining({ kind: 'volume-jump', lastWeekKm: 84, typicalKm: 56, rise: 0.5 }),
    ]);
    expect(changes.map((c) => c.kind === 'lighten' && [c.sessionId, c.setFraction])).toEqual([
      [tuesday, RUNNING_RISE_SET_FRACTION],
      [thursday, RUNNING_RISE_SET_FRACTION],
    ]);
    expect(changes[0]?.kind === 'lighten' && changes[0].reason).toBe(
      'Your running rose 50 % in the last 7 days (84.0 km against 56.0 km a week before): strength sets cut by a third, load and intensity kept (B9, limit 20 %).',
    );
    const before = findSession(generatePlan(example()), tuesday)?.session;
    const after = findSession(applied, tuesday)?.session;
    expect(after?.exercises.map((e) => [e.sets, e.reps, e.load])).toEqual(
      before?.exercises.map((e) => [Math.max(1, Math.round((e.sets * 2) / 3)), e.reps, e.load]),
    );
    expect(after?.estimatedMinutes).toBeLessThanOrEqual(before?.estimatedMinutes ?? 0);
    expect(again.changes).toEqual([]);
  });

  it('B9: a week the plan already cut for a planned rise is not cut again', () => {
    // Planned kilometres rise 50 % in week 3: the plan cut that week's sets already.
    const profile = example({ weeklyRunningKm: [50, 50, 75, 75] });
    const plan = generatePlan(profile);
    expect(plan.decisions).toContainEqual(expect.objectContaining({ rule: 'B9', weeks: [3] }));
    const { signals, changes } = adapt(history({ scale: 1.5 }), profile, plan);
    expect(signals.map((s) => s.kind)).toEqual(['volume-jump']);
    expect(changes).toEqual([]);
  });

  it('cuts never stack: a session asked for two cuts keeps the smaller share', () => {
    const runs = history({ scale: 1.5, race: true });
    const { changes } = adapt(runs);
    expect(changes.map((c) => c.kind === 'lighten' && [c.sessionId, c.setFraction])).toEqual([
      [tuesday, 0.5],
      [thursday, RUNNING_RISE_SET_FRACTION],
    ]);
    expect(changes[0]?.kind === 'lighten' && changes[0].reason).toMatch(/raced.*running rose/);
  });

  it('cuts never stack across days: a later, deeper cut makes up only the difference', () => {
    const profile = example();
    const plan = generatePlan(profile);
    const first = adapt(history({ scale: 1.5 }), profile, plan);
    const { changes, applied } = adapt(history({ scale: 1.5, race: true }), profile, first.applied);
    // Tuesday keeps 2/3 already; the race asks for 1/2 in all: 1/2 ÷ 2/3 = 3/4 more.
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'lighten', sessionId: tuesday });
    expect(changes[0]?.kind === 'lighten' && changes[0].setFraction).toBeCloseTo(0.75, 10);
    const kept = findSession(applied, tuesday)?.session.adaptations?.map((a) => a.setFraction);
    expect((kept ?? []).reduce((a, b) => (a ?? 1) * (b ?? 1), 1)).toBeCloseTo(0.5, 10);
  });
});
