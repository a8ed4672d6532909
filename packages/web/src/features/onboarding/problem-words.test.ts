import { validateProfile } from '@runstrong/core';
import { describe, expect, it } from 'vitest';
import { plainProblem } from './problem-words';
import { defaultDraft, draftToProfile } from './profile-draft';

const problemsOf = (profile: unknown) => {
  const result = validateProfile(profile);
  return result.ok ? [] : result.error.map(plainProblem);
};

const base = draftToProfile(defaultDraft('2027-01-06')).profile;

describe('plainProblem', () => {
  it('words the core’s span problems for the form', () => {
    expect(problemsOf({ ...base, weeks: undefined })).toEqual([
      { path: 'weeks', message: 'Enter a number of weeks from 1 to 52, or choose a race.' },
    ]);
    expect(
      problemsOf({ ...base, weeks: undefined, race: { date: '2027-01-01', distance: '5k' } }),
    ).toEqual([{ path: 'race.date', message: 'The race must be after the start date.' }]);
  });

  it('says when every day is unavailable', () => {
    const all = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    expect(problemsOf({ ...base, unavailableDays: all })).toEqual([
      {
        path: 'unavailableDays',
        message: 'Every day is marked unavailable: leave at least one day free for strength.',
      },
    ]);
  });

  it('turns other problems into sentences with what is accepted', () => {
    expect(problemsOf({ ...base, weeks: 99 })).toEqual([
      { path: 'weeks', message: '99 is out of range. Accepted: At most 52.' },
    ]);
    const [farRace] = problemsOf({
      ...base,
      weeks: undefined,
      race: { date: '2029-01-01', distance: 'marathon' },
    });
    expect(farRace?.path).toBe('race.date');
    expect(farRace?.message).toMatch(/^2029-01-01 is \d+ weeks away; a plan covers at most 52\./);
  });
});
