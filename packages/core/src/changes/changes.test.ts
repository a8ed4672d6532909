import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/iso-date';
import { canPerform, getExercise } from '../catalogue/catalogue';
import { generatePlan } from '../plan/generate-plan';
import { planSchema } from '../plan/plan.schema';
import { ownedEquipment } from '../profile/owned-equipment';
import { example } from '../test-support/profiles';
import { applyChanges } from './apply-changes';
import { checkMove } from './check-move';
import { findDay, findSession } from './find-session';
import { keepPastDays } from './keep-past';
import { swapOptions } from './swap-options';

const profile = example();
const plan = generatePlan(profile);
// Week 1: Tuesday 5 and Thursday 7 January; Saturday 9 is the long run.
const tuesday = '2027-01-05-strength';
const d = (s: string) => s as IsoDate;

describe('moving a session', () => {
  it('A2: onto the day before the long run is refused with the rule', () => {
    const result = checkMove(plan, '2027-01-07-strength', d('2027-01-08'));
    expect(result.ok && result.value.violations.map((v) => v.rule)).toEqual(['A2']);
  });

  it('A1: next to another strength session is refused with the rule', () => {
    const result = checkMove(plan, tuesday, d('2027-01-06'));
    expect(result.ok && result.value.violations.map((v) => v.rule)).toContain('A1');
  });

  it('B12: into the last 48 hours before the race is refused', () => {
    const lastWeek = plan.weeks.at(-1)?.days.flatMap((day) => day.sessions)[0];
    const result = checkMove(plan, lastWeek?.id ?? '', d('2027-04-24'));
    expect(result.ok && result.value.violations.map((v) => v.rule)).toContain('B12');
  });

  it('B5: a heavy session moved off a quality day is allowed with a warning', () => {
    const heavy = plan.weeks[5]?.days.flatMap((day) => day.sessions).find((s) => s.heavy);
    expect(heavy?.id).toBe('2027-02-09-strength');
    const result = checkMove(plan, heavy?.id ?? '', d('2027-02-08'));
    expect(result.ok && result.value.violations).toEqual([]);
    expect(result.ok && result.value.warnings.map((w) => w.rule)).toContain('B5');
  });

  it('refuses unknown sessions and dates outside the plan with codes', () => {
    expect(checkMove(plan, 'nope', d('2027-01-06'))).toMatchObject({
      ok: false,
      error: { code: 'session-not-found' },
    });
    expect(checkMove(plan, tuesday, d('2028-01-01'))).toMatchObject({
      ok: false,
      error: { code: 'date-outside-plan' },
    });
  });
});

describe('applying changes', () => {
  it('a move keeps the session id, remembers where it came from, and leaves the generated plan alone', () => {
    const changed = applyChanges(
      plan,
      [{ kind: 'move', sessionId: tuesday, to: d('2027-01-04'), insisted: false }],
      profile,
    );
    expect(findSession(changed, tuesday)?.day.date).toBe('2027-01-04');
    expect(findSession(changed, tuesday)?.session.movedFrom).toBe('2027-01-05');
    expect(findDay(changed, '2027-01-05')?.day.sessions).toEqual([]);
    expect(findSession(plan, tuesday)?.day.date).toBe('2027-01-05');
  });

  it('a move with a reason shows the reason and what changed on the session', () => {
    const changed = applyChanges(
      plan,
      [
        {
          kind: 'move',
          sessionId: tuesday,
          to: d('2027-01-04'),
          insisted: false,
          reason: 'Your long run moved.',
        },
      ],
      profile,
    );
    const moved = findSession(changed, tuesday)?.session;
    expect(moved?.notes.at(-1)).toBe('Your long run moved.');
    expect(moved?.adaptations).toEqual([
      { what: 'Moved from Tuesday 5 January 2027', why: 'Your long run moved.' },
    ]);
  });

  it('a lightening keeps a share of each exercise’s sets, at least one, and says why', () => {
    const before = findSession(plan, tuesday)?.session;
    const changed = applyChanges(
      plan,
      [{ kind: 'lighten', sessionId: tuesday, setFraction: 0.5, reason: 'You raced.' }],
      profile,
    );
    const after = findSession(changed, tuesday)?.session;
    expect(after?.exercises.map((e) => e.sets)).toEqual(
      before?.exercises.map((e) => Math.max(1, Math.round(e.sets * 0.5))),
    );
    expect(after?.exercises.map((e) => [e.exerciseId, e.reps, e.seconds, e.load])).toEqual(
      before?.exercises.map((e) => [e.exerciseId, e.reps, e.seconds, e.load]),
    );
    expect(after?.estimatedMinutes).toBeLessThan(before?.estimatedMinutes ?? 0);
    expect(after?.notes.at(-1)).toBe('You raced.');
    expect(after?.adaptations).toEqual([
      { what: 'Sets cut to 50 %', why: 'You raced.', setFraction: 0.5 },
    ]);
    expect(planSchema.safeParse(changed).success).toBe(true);
  });

  it('a lightened protocol keeps the reps of its first sets', () => {
    // B27: weeks 5–10 of the Nordic protocol are 3 sets of 12/10/8.
    const hamstrings = example({ injuries: [{ area: 'hamstring', status: 'history' }] });
    const withNordics = generatePlan(hamstrings);
    const nordic = withNordics.weeks
      .flatMap((w) => w.days.flatMap((day) => day.sessions))
      .find((s) => s.exercises.some((e) => e.repsBySet?.length === 3));
    expect(nordic).toBeDefined();
    const changed = applyChanges(
      withNordics,
      [{ kind: 'lighten', sessionId: nordic?.id ?? '', setFraction: 0.5, reason: 'Lighter.' }],
      hamstrings,
    );
    const curl = findSession(changed, nordic?.id ?? '')?.session.exercises.find((e) => e.repsBySet);
    expect(curl).toMatchObject({ sets: 2, repsBySet: [12, 10] });
  });

  it('a skip keeps the session, marked skipped', () => {
    const changed = applyChanges(plan, [{ kind: 'skip', sessionId: tuesday }], profile);
    expect(findSession(changed, tuesday)?.session.skipped).toBe(true);
  });

  it('a swap replaces the exercise with the new one’s cues and keeps the sets', () => {
    const before = findSession(plan, tuesday)?.session.exercises.find(
      (e) => e.exerciseId === 'single-leg-squat',
    );
    const changed = applyChanges(
      plan,
      [{ kind: 'swap', sessionId: tuesday, exerciseId: 'single-leg-squat', with: 'split-squat' }],
      profile,
    );
    const after = findSession(changed, tuesday)?.session.exercises.find(
      (e) => e.exerciseId === 'split-squat',
    );
    expect(after?.sets).toBe(before?.sets);
    expect(after?.cues).toEqual(getExercise('split-squat').cues);
  });
});

describe('swap options', () => {
  it('A10: only exercises the runner can do, related or of the same pattern', () => {
    const session = findSession(plan, tuesday)?.session;
    if (!session) throw new Error('week 1 has a Tuesday session');
    const options = swapOptions(session, 'single-leg-squat', profile);
    expect(options.length).toBeGreaterThan(0);
    const owned = ownedEquipment(profile.equipment);
    for (const option of options) expect(canPerform(option, owned)).toBe(true);
    expect(options.map((o) => o.id)).not.toContain('single-leg-squat');
    const bare = swapOptions(
      session,
      'single-leg-squat',
      example({ equipment: { bands: [], pullUpBar: false, bench: false, barbell: false } }),
    );
    for (const option of bare) expect(option.equipment).toEqual([]);
  });
});

describe('regenerating the future only', () => {
  it('keeps days before the date as followed, takes the rest from the new plan', () => {
    const followed = applyChanges(plan, [{ kind: 'skip', sessionId: tuesday }], profile);
    const fresh = generatePlan(
      example({ equipment: { bands: [], pullUpBar: false, bench: false, barbell: false } }),
    );
    const merged = keepPastDays(followed, fresh, d('2027-02-01'));
    expect(findSession(merged, tuesday)?.session.skipped).toBe(true);
    const before = findDay(merged, '2027-01-26')?.day;
    expect(before).toEqual(findDay(followed, '2027-01-26')?.day);
    const after = findDay(merged, '2027-02-09')?.day;
    expect(after).toEqual(findDay(fresh, '2027-02-09')?.day);
    expect(merged.decisions.at(-1)?.message).toMatch(/2027-02-01/);
  });
});
