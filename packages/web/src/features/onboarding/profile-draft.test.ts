import { validateProfile } from '@runstrong/core';
import { describe, expect, it } from 'vitest';
import {
  defaultDraft,
  draftFromProfile,
  draftToProfile,
  guessUnits,
  type ProfileDraft,
  withUnits,
} from './profile-draft';

// 2027-01-06 is a Wednesday; the next Monday is 2027-01-11.
const TODAY = '2027-01-06';

const withEquipment = (
  draft: ProfileDraft,
  equipment: Partial<ProfileDraft['equipment']>,
): ProfileDraft => ({ ...draft, equipment: { ...draft.equipment, ...equipment } });

describe('defaultDraft', () => {
  it('starts next Monday with the documented defaults, and makes a valid profile as it stands', () => {
    const { profile, problems } = draftToProfile(defaultDraft(TODAY));
    expect(problems).toEqual([]);
    expect(profile).toMatchObject({
      version: 1,
      startDate: '2027-01-11',
      weeks: 12,
      units: 'metric',
      sessionsPerWeek: 2,
      minutesPerSession: 35,
      unavailableDays: [],
      injuries: [],
    });
    expect(profile).not.toHaveProperty('race');
    expect(profile).not.toHaveProperty('program');
    expect(validateProfile(profile).ok).toBe(true);
  });

  it('guesses pounds and inches only where they are the everyday units', () => {
    expect(guessUnits('en-US')).toBe('imperial');
    expect(guessUnits('en-GB')).toBe('metric');
    expect(guessUnits('fr')).toBe('metric');
    expect(guessUnits(undefined)).toBe('metric');
  });
});

describe('draftToProfile', () => {
  it('builds to a race without weeks, and trims or leaves out the race name', () => {
    const draft: ProfileDraft = {
      ...defaultDraft(TODAY),
      goal: 'race',
      race: { date: '2027-04-25', distance: 'half-marathon', name: '  Spring Half ' },
    };
    const { profile, problems } = draftToProfile(draft);
    expect(problems).toEqual([]);
    expect(profile.race).toEqual({
      date: '2027-04-25',
      distance: 'half-marathon',
      name: 'Spring Half',
    });
    expect(profile).not.toHaveProperty('weeks');
    const unnamed = draftToProfile({ ...draft, race: { ...draft.race, name: '' } }).profile;
    expect(unnamed.race).toEqual({ date: '2027-04-25', distance: 'half-marathon' });
  });

  it('asks for the race date when a race is chosen without one', () => {
    const draft: ProfileDraft = { ...defaultDraft(TODAY), goal: 'race' };
    expect(draftToProfile(draft).problems).toEqual([
      { path: 'race.date', message: 'Enter the date of your race.' },
    ]);
  });

  it('lists unavailable days Monday first and injuries in area order, leaving out "none"', () => {
    const base = defaultDraft(TODAY);
    const draft: ProfileDraft = {
      ...base,
      unavailable: { ...base.unavailable, sun: true, fri: true },
      injuries: { ...base.injuries, hamstring: 'current', achilles: 'history' },
    };
    const { profile } = draftToProfile(draft);
    expect(profile.unavailableDays).toEqual(['fri', 'sun']);
    expect(profile.injuries).toEqual([
      { area: 'achilles', status: 'history' },
      { area: 'hamstring', status: 'current' },
    ]);
  });

  it('stores metric equipment as typed, sorted, with empty rows left out', () => {
    const draft = withEquipment(defaultDraft(TODAY), {
      bands: ['heavy', 'light'],
      dumbbellsMax: '22,5',
      kettlebells: ['16', '', '12', '12'],
      weightVest: '10',
      boxHeights: ['60', '30'],
      pullUpBar: true,
    });
    const { profile, problems } = draftToProfile(draft);
    expect(problems).toEqual([]);
    expect(profile.equipment).toEqual({
      bands: ['light', 'heavy'],
      dumbbells: { maxKg: 22.5 },
      kettlebells: { kg: [12, 16] },
      weightVest: { kg: 10 },
      box: { heightsCm: [30, 60] },
      pullUpBar: true,
      bench: false,
      barbell: false,
    });
  });

  it('converts imperial entries to kg and cm: 45 lb → 20.4 kg, 12–24 in → 30–60 cm', () => {
    const draft = withEquipment(
      { ...defaultDraft(TODAY), units: 'imperial' },
      { dumbbellsMax: '45', kettlebells: ['35'], weightVest: '20', boxHeights: ['12', '18', '24'] },
    );
    const { profile, problems } = draftToProfile(draft);
    expect(problems).toEqual([]);
    expect(profile.units).toBe('imperial');
    expect(profile.equipment).toMatchObject({
      dumbbells: { maxKg: 20.4 },
      kettlebells: { kg: [15.88] },
      weightVest: { kg: 9.07 },
      box: { heightsCm: [30, 45, 60] },
    });
  });

  it('names each bad number at its own path, in the runner’s units', () => {
    const draft = withEquipment(
      { ...defaultDraft(TODAY), units: 'imperial', weeks: '60', minutesPerSession: '' },
      { dumbbellsMax: 'heavy', kettlebells: ['35', '500'], boxHeights: ['50'] },
    );
    const { profile, problems } = draftToProfile(draft);
    expect(problems).toEqual([
      { path: 'weeks', message: '60 is out of range: from 1 to 52.' },
      { path: 'minutesPerSession', message: 'Enter the minutes you have, from 20 to 120.' },
      {
        path: 'equipment.dumbbells.maxKg',
        message: 'Enter a weight in lb, such as 20, or leave it empty.',
      },
      {
        path: 'equipment.kettlebells.kg[1]',
        message: 'Enter a weight above 0 and at most 440 lb.',
      },
      { path: 'equipment.box.heightsCm[0]', message: '50 is out of range: 4–47 in.' },
    ]);
    // What could be read is kept, so the rest of the profile still checks.
    expect(profile.equipment).toMatchObject({ kettlebells: { kg: [15.88] } });
    expect(profile).not.toHaveProperty('weeks');
  });

  it('wants whole weeks, whole minutes and whole centimetres', () => {
    const draft = withEquipment(
      { ...defaultDraft(TODAY), weeks: '8.5', minutesPerSession: '30.5' },
      { boxHeights: ['45.5'] },
    );
    expect(draftToProfile(draft).problems.map((p) => p.path)).toEqual([
      'weeks',
      'minutesPerSession',
      'equipment.box.heightsCm[0]',
    ]);
  });
});

describe('draftFromProfile', () => {
  const saved = {
    version: 1,
    name: 'Sam',
    startDate: '2027-01-04',
    weeks: 16,
    experience: 'intermediate',
    units: 'metric',
    sessionsPerWeek: 3,
    minutesPerSession: 40,
    runningWeek: {
      mon: 'rest',
      tue: 'quality',
      wed: 'easy',
      thu: 'quality',
      fri: 'rest',
      sat: 'long',
      sun: 'easy',
    },
    unavailableDays: ['fri'],
    race: { date: '2027-04-25', distance: 'half-marathon' },
    equipment: {
      bands: ['light', 'medium', 'heavy'],
      dumbbells: { maxKg: 20 },
      kettlebells: { kg: [12, 16] },
      weightVest: { kg: 10 },
      box: { heightsCm: [30, 45, 60] },
      pullUpBar: true,
      bench: true,
      barbell: false,
    },
    injuries: [{ area: 'achilles', status: 'history' }],
    program: 'seed-sample-week',
    weeklyRunningKm: [30, 32, 35],
    settings: { loadingWeeksBeforeDeload: 5 },
  };

  it('fills the form from a saved profile and saves the same profile back', () => {
    const draft = draftFromProfile(saved, TODAY);
    expect(draft.goal).toBe('race');
    expect(draft.unavailable.fri).toBe(true);
    expect(draft.equipment.kettlebells).toEqual(['12', '16']);
    expect(draft.injuries.achilles).toBe('history');
    const { profile, problems } = draftToProfile(draft);
    expect(problems).toEqual([]);
    // `weeks` alongside a race is redundant: the plan runs to race day either way.
    const { weeks: _redundant, ...expected } = saved;
    expect(profile).toEqual(expected);
  });

  it('keeps the fields the form does not edit', () => {
    const { profile } = draftToProfile(draftFromProfile(saved, TODAY));
    expect(profile).toMatchObject({
      name: 'Sam',
      weeklyRunningKm: [30, 32, 35],
      settings: { loadingWeeksBeforeDeload: 5 },
    });
  });

  it('shows an imperial runner their pounds and inches, and saves the same kg and cm back', () => {
    const imperial = {
      ...saved,
      units: 'imperial',
      equipment: { ...saved.equipment, dumbbells: { maxKg: 20.4 }, kettlebells: { kg: [15.88] } },
    };
    const draft = draftFromProfile(imperial, TODAY);
    expect(draft.equipment).toMatchObject({
      dumbbellsMax: '45',
      kettlebells: ['35'],
      weightVest: '22',
      boxHeights: ['12', '18', '24'],
    });
    expect(draftToProfile(draft).profile.equipment).toMatchObject({
      dumbbells: { maxKg: 20.4 },
      kettlebells: { kg: [15.88] },
      box: { heightsCm: [30, 45, 60] },
    });
  });

  it('falls back to the blank form for anything missing or unreadable', () => {
    expect(draftFromProfile(null, TODAY)).toEqual(defaultDraft(TODAY));
    const draft = draftFromProfile({ runningWeek: { mon: 'sprint' }, sessionsPerWeek: 9 }, TODAY);
    expect(draft.runningWeek.mon).toBe('rest');
    expect(draft.sessionsPerWeek).toBe(2);
    expect(draft.startDate).toBe('2027-01-11');
  });
});

describe('withUnits', () => {
  it('converts every typed weight and height and leaves the rest alone', () => {
    const metric = withEquipment(defaultDraft(TODAY), {
      dumbbellsMax: '20',
      kettlebells: ['16', 'x'],
      weightVest: '',
      boxHeights: ['30', '60'],
    });
    const imperial = withUnits(metric, 'imperial');
    expect(imperial.units).toBe('imperial');
    expect(imperial.equipment).toMatchObject({
      dumbbellsMax: '44.1',
      kettlebells: ['35.3', 'x'],
      weightVest: '',
      boxHeights: ['12', '24'],
    });
    expect(withUnits(imperial, 'metric').equipment).toEqual(metric.equipment);
    expect(withUnits(metric, 'metric')).toBe(metric);
  });
});
