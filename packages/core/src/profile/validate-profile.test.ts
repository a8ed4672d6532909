import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE } from '../test-support/profiles';
import { describeProblem } from './input-problem';
import { validateProfile } from './validate-profile';

const problemsOf = (input: unknown) => {
  const result = validateProfile(input);
  if (result.ok) throw new Error('expected the profile to be refused');
  return result.error;
};

describe('validating a runner profile', () => {
  it('accepts the issue’s example profile', () => {
    expect(validateProfile(EXAMPLE_PROFILE).ok).toBe(true);
  });

  it('fills in the defaults: metric, 2 sessions (B1), 35 minutes, no injuries', () => {
    const { units, sessionsPerWeek, minutesPerSession, injuries, unavailableDays, ...minimal } =
      EXAMPLE_PROFILE;
    const result = validateProfile(minimal);
    expect(result.ok && result.value).toMatchObject({
      units: 'metric',
      sessionsPerWeek: 2,
      minutesPerSession: 35,
      injuries: [],
      unavailableDays: [],
    });
  });

  it('names an unknown weekday and lists the accepted ones', () => {
    const { mon, ...rest } = EXAMPLE_PROFILE.runningWeek;
    const [unknown] = problemsOf({
      ...EXAMPLE_PROFILE,
      runningWeek: { ...rest, mo: 'rest' },
    }).filter((p) => p.code === 'unknown-field');
    expect(unknown).toMatchObject({ path: 'runningWeek.mo', value: 'rest' });
    expect(unknown?.accepted).toBe('mon, tue, wed, thu, fri, sat, sun');
  });

  it('names a wrong running-day type with the accepted values', () => {
    const [problem] = problemsOf({
      ...EXAMPLE_PROFILE,
      runningWeek: { ...EXAMPLE_PROFILE.runningWeek, mon: 'restday' },
    });
    expect(describeProblem(problem as never)).toBe(
      'runningWeek.mon: "restday" is not accepted; accepted: one of "rest", "easy", "quality", "long", "race"',
    );
  });

  it('refuses unknown equipment and lists what is known', () => {
    const [problem] = problemsOf({
      ...EXAMPLE_PROFILE,
      equipment: { ...EXAMPLE_PROFILE.equipment, trx: true },
    });
    expect(problem).toMatchObject({ code: 'unknown-field', path: 'equipment.trx', value: true });
    expect(problem?.accepted).toMatch(/bands, dumbbells, kettlebells, weightVest, box/);
  });

  it('refuses weeks out of range with the range', () => {
    const { race, ...noRace } = EXAMPLE_PROFILE;
    const [problem] = problemsOf({ ...noRace, weeks: 99 });
    expect(problem).toMatchObject({ path: 'weeks', value: 99, accepted: 'at most 52' });
  });

  it('refuses a race before the start date', () => {
    const [problem] = problemsOf({
      ...EXAMPLE_PROFILE,
      weeks: undefined,
      race: { date: '2026-12-01', distance: '10k' },
    });
    expect(problem).toMatchObject({
      code: 'race-before-start',
      path: 'race.date',
      value: '2026-12-01',
    });
  });

  it('refuses weeks that disagree with the race date, and says what would agree', () => {
    const [problem] = problemsOf({ ...EXAMPLE_PROFILE, weeks: 12 });
    expect(problem).toMatchObject({ code: 'weeks-disagree-with-race', path: 'weeks' });
    expect(problem?.accepted).toMatch(/^16/);
  });

  it('asks for weeks or a race', () => {
    const { race, weeks, ...neither } = EXAMPLE_PROFILE;
    expect(problemsOf(neither)[0]).toMatchObject({ code: 'missing-field', path: 'weeks' });
  });

  it('refuses impossible dates', () => {
    const [problem] = problemsOf({ ...EXAMPLE_PROFILE, startDate: '2027-02-30' });
    expect(problem?.path).toBe('startDate');
  });

  it('refuses a week with every day unavailable', () => {
    const all = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    expect(problemsOf({ ...EXAMPLE_PROFILE, unavailableDays: all })[0]).toMatchObject({
      code: 'no-free-day',
    });
  });

  it('refuses an unknown programme and lists the built-in ones', () => {
    const [problem] = problemsOf({ ...EXAMPLE_PROFILE, program: 'couch-to-marathon' });
    expect(problem).toMatchObject({ code: 'unknown-programme', path: 'program' });
    expect(problem?.accepted).toMatch(/seed-sample-week/);
  });

  it('B1: refuses more than 3 sessions a week', () => {
    const [problem] = problemsOf({ ...EXAMPLE_PROFILE, sessionsPerWeek: 4 });
    expect(problem).toMatchObject({ path: 'sessionsPerWeek', accepted: 'at most 3' });
  });

  it('reports every schema problem at once', () => {
    const problems = problemsOf({
      ...EXAMPLE_PROFILE,
      experience: 'expert',
      units: 'cubits',
      sessionsPerWeek: 0,
    });
    expect(problems.map((p) => p.path).sort()).toEqual(['experience', 'sessionsPerWeek', 'units']);
  });

  it('refuses something that is not a profile at all', () => {
    expect(problemsOf('hello')[0]).toMatchObject({ path: '(profile)', code: 'wrong-type' });
    expect(problemsOf(null)[0]?.path).toBe('(profile)');
  });
});
