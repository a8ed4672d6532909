import { describe, expect, it } from 'vitest';
import {
  changesThePlan,
  convertDraft,
  equipmentDraft,
  equipmentFromDraft,
  exportFileName,
  fieldOfProblem,
  injuriesFromChoices,
  injuryChoices,
  parseList,
  parseNumber,
  webcalUrl,
} from './settings-data';
import type { Equipment } from './use-profile';

const kit: Equipment = {
  bands: ['heavy', 'light'],
  dumbbells: { maxKg: 20 },
  kettlebells: { kg: [12, 16] },
  weightVest: { kg: 10 },
  box: { heightsCm: [30, 45, 60] },
  pullUpBar: true,
  bench: true,
  barbell: false,
};

describe('the export file', () => {
  it('is named after the day it was downloaded', () => {
    expect(exportFileName('2027-01-05')).toBe('runstrong-export-2027-01-05.json');
  });
});

describe('the calendar link', () => {
  it('opens in calendar apps as webcal:', () => {
    expect(webcalUrl('https://run.example/api/calendar/abc.ics')).toBe(
      'webcal://run.example/api/calendar/abc.ics',
    );
    expect(webcalUrl('http://localhost:3000/api/calendar/abc.ics')).toBe(
      'webcal://localhost:3000/api/calendar/abc.ics',
    );
  });
});

describe('typed numbers', () => {
  it('reads a number with a decimal point or comma, and nothing else', () => {
    expect(parseNumber(' 22.5 ')).toBe(22.5);
    expect(parseNumber('22,5')).toBe(22.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('twenty')).toBeNull();
    expect(parseNumber('-3')).toBeNull();
  });

  it('reads lists separated by commas, semicolons or spaces', () => {
    expect(parseList('12, 16,20')).toEqual([12, 16, 20]);
    expect(parseList('7.5; 10 12')).toEqual([7.5, 10, 12]);
    expect(parseList('  ')).toBeNull();
    expect(parseList('12, sixteen')).toBeNull();
  });
});

describe('the equipment editor', () => {
  it('shows the stored kit in kg and cm, bands in order', () => {
    expect(equipmentDraft(kit, 'metric')).toEqual({
      bands: ['light', 'heavy'],
      dumbbells: '20',
      kettlebells: '12, 16',
      weightVest: '10',
      box: '30, 45, 60',
      pullUpBar: true,
      bench: true,
      barbell: false,
    });
  });

  it('shows it in lb and in for imperial runners', () => {
    const draft = equipmentDraft(kit, 'imperial');
    expect(draft.dumbbells).toBe('44.1');
    expect(draft.kettlebells).toBe('26.5, 35.3');
    expect(draft.box).toBe('12, 18, 24');
  });

  it('reads back what it shows: metric exactly, imperial to the hundredth of a kg', () => {
    const metric = equipmentFromDraft(equipmentDraft(kit, 'metric'), 'metric');
    expect(metric).toEqual({ ok: true, equipment: { ...kit, bands: ['light', 'heavy'] } });
    const imperial = equipmentFromDraft(equipmentDraft(kit, 'imperial'), 'imperial');
    if (!imperial.ok) throw new Error('expected the imperial draft to read');
    expect(imperial.equipment.dumbbells?.maxKg).toBeCloseTo(20, 1);
    expect(imperial.equipment.box?.heightsCm).toEqual([30, 45, 60]);
  });

  it('leaves out what is left empty', () => {
    const empty = equipmentFromDraft(equipmentDraft(undefined, 'metric'), 'metric');
    expect(empty).toEqual({
      ok: true,
      equipment: { bands: [], pullUpBar: false, bench: false, barbell: false },
    });
  });

  it('names each field that is not a number, with an example in the runner’s units', () => {
    const draft = { ...equipmentDraft(kit, 'imperial'), dumbbells: 'heavy', box: '12, x' };
    expect(equipmentFromDraft(draft, 'imperial')).toEqual({
      ok: false,
      errors: {
        dumbbells: 'Enter a weight in lb, like 45.',
        box: 'Enter heights in in separated by commas, like 12, 18.',
      },
    });
  });

  it('converts what is typed when the units change, and leaves nonsense as typed', () => {
    const draft = { ...equipmentDraft(kit, 'metric'), weightVest: 'ten' };
    const imperial = convertDraft(draft, 'metric', 'imperial');
    expect(imperial.dumbbells).toBe('44.1');
    expect(imperial.box).toBe('12, 18, 24');
    expect(imperial.weightVest).toBe('ten');
    const back = convertDraft(imperial, 'imperial', 'metric');
    expect(back.dumbbells).toBe('20');
    expect(back.box).toBe('30, 45, 60');
    expect(convertDraft(draft, 'metric', 'metric')).toBe(draft);
  });

  it('places a problem from the server next to its field', () => {
    expect(fieldOfProblem('equipment.kettlebells.kg[0]')).toBe('kettlebells');
    expect(fieldOfProblem('equipment.box.heightsCm[1]')).toBe('box');
    expect(fieldOfProblem('injuries[0].area')).toBe('injuries');
    expect(fieldOfProblem('weeks')).toBeUndefined();
  });
});

describe('injuries', () => {
  it('round-trips the stored list through one choice per area', () => {
    const choices = injuryChoices([{ area: 'knee', status: 'current' }]);
    expect(choices.knee).toBe('current');
    expect(choices.achilles).toBe('none');
    expect(injuriesFromChoices({ ...choices, achilles: 'history' })).toEqual([
      { area: 'achilles', status: 'history' },
      { area: 'knee', status: 'current' },
    ]);
  });
});

describe('whether to offer a new plan', () => {
  const profile = { units: 'metric' as const, equipment: kit, injuries: [] };

  it('offers one when equipment or injuries change', () => {
    expect(changesThePlan(profile, { ...profile, equipment: { ...kit, barbell: true } })).toBe(
      true,
    );
    expect(
      changesThePlan(profile, { ...profile, injuries: [{ area: 'shin', status: 'history' }] }),
    ).toBe(true);
  });

  it('does not for units alone, or the same kit written another way', () => {
    expect(changesThePlan(profile, { ...profile, units: 'imperial' })).toBe(false);
    expect(
      changesThePlan(profile, {
        ...profile,
        equipment: { ...kit, bands: ['light', 'heavy'], kettlebells: { kg: [16, 12] } },
      }),
    ).toBe(false);
    expect(changesThePlan({}, { equipment: { bands: [], bench: false } })).toBe(false);
  });
});
