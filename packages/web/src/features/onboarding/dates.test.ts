import { type IsoDate, weekdayOf } from '@runstrong/core';
import { describe, expect, it } from 'vitest';
import { addDaysIso, localIsoDate, nextMonday } from './dates';

describe('nextMonday', () => {
  it('gives the Monday after any day of the week, and a week on from a Monday', () => {
    // 2027-01-04 is a Monday.
    expect(nextMonday('2027-01-04')).toBe('2027-01-11');
    expect(nextMonday('2027-01-05')).toBe('2027-01-11');
    expect(nextMonday('2027-01-09')).toBe('2027-01-11');
    expect(nextMonday('2027-01-10')).toBe('2027-01-11');
  });

  it('crosses months, years and leap days, and always lands on a Monday', () => {
    expect(nextMonday('2026-12-30')).toBe('2027-01-04');
    expect(nextMonday('2028-02-26')).toBe('2028-02-28');
    for (let offset = 0; offset < 400; offset++) {
      const day = addDaysIso('2026-03-01', offset);
      const monday = nextMonday(day);
      expect(weekdayOf(monday as IsoDate)).toBe('mon');
      const ahead = (Date.parse(monday) - Date.parse(day)) / 86_400_000;
      expect(ahead).toBeGreaterThanOrEqual(1);
      expect(ahead).toBeLessThanOrEqual(7);
    }
  });
});

describe('localIsoDate', () => {
  it('reads the date in local time, not UTC', () => {
    expect(localIsoDate(new Date(2027, 0, 4, 23, 59))).toBe('2027-01-04');
    expect(localIsoDate(new Date(2027, 11, 31, 0, 1))).toBe('2027-12-31');
  });
});

describe('addDaysIso', () => {
  it('adds and subtracts whole days across a daylight-saving change', () => {
    expect(addDaysIso('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDaysIso('2027-01-01', -1)).toBe('2026-12-31');
  });
});
