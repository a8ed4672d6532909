import { describe, expect, it } from 'vitest';
import { fieldFor, fieldLabel, placeProblems } from './field-paths';

describe('fieldFor', () => {
  it('maps each profile path to the input named after it', () => {
    expect(fieldFor('weeks')).toBe('weeks');
    expect(fieldFor('race.date')).toBe('race.date');
    expect(fieldFor('runningWeek.thu')).toBe('runningWeek.thu');
    expect(fieldFor('equipment.box.heightsCm[2]')).toBe('equipment.box.heightsCm[2]');
    expect(fieldFor('equipment.dumbbells.maxKg')).toBe('equipment.dumbbells.maxKg');
  });

  it('shows a problem with a whole object or list on the input that stands for it', () => {
    expect(fieldFor('race')).toBe('race.date');
    expect(fieldFor('equipment.kettlebells.kg')).toBe('equipment.kettlebells.kg[0]');
    expect(fieldFor('equipment.bands[1]')).toBe('equipment.bands');
    expect(fieldFor('injuries[0].status')).toBe('injuries');
    expect(fieldFor('unavailableDays[3]')).toBe('unavailableDays');
  });

  it('has no field for paths the form does not edit', () => {
    expect(fieldFor('settings.warmUpMinutes')).toBeUndefined();
    expect(fieldFor('(profile)')).toBeUndefined();
  });
});

describe('fieldLabel', () => {
  it('names fields as the form shows them', () => {
    expect(fieldLabel('runningWeek.mon')).toBe('Monday run');
    expect(fieldLabel('equipment.kettlebells.kg[0]')).toBe('Kettlebell 1');
    expect(fieldLabel('equipment.box.heightsCm[1]')).toBe('Box 2');
    expect(fieldLabel('minutesPerSession')).toBe('Minutes a session');
  });
});

describe('placeProblems', () => {
  it('keeps each field’s first problem and sets aside those with no field', () => {
    const placed = placeProblems([
      { path: 'weeks', message: 'first' },
      { path: 'weeks', message: 'second' },
      { path: 'settings.warmUpMinutes', message: 'elsewhere' },
    ]);
    expect(placed.byField).toEqual({ weeks: 'first' });
    expect(placed.elsewhere).toEqual([{ path: 'settings.warmUpMinutes', message: 'elsewhere' }]);
  });
});
