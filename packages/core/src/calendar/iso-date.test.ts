import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  fromDayNumber,
  type IsoDate,
  isValidIsoDate,
  toDayNumber,
  weekdayOf,
} from './iso-date';

const d = (s: string) => s as IsoDate;

describe('calendar dates', () => {
  it('knows the weekday of dates checked against a printed calendar', () => {
    expect(weekdayOf(d('2027-01-04'))).toBe('mon');
    expect(weekdayOf(d('2027-04-25'))).toBe('sun');
    expect(weekdayOf(d('2024-02-29'))).toBe('thu');
    expect(weekdayOf(d('1969-12-31'))).toBe('wed');
  });

  it('adds days across month, leap-day and year ends', () => {
    expect(addDays(d('2027-01-31'), 1)).toBe('2027-02-01');
    expect(addDays(d('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(d('2027-03-28'), -28)).toBe('2027-02-28');
  });

  it('counts days between dates regardless of daylight-saving changes', () => {
    // Europe's clocks change on 2027-03-28; a date has no clock, so the count is plain.
    expect(daysBetween(d('2027-03-27'), d('2027-03-29'))).toBe(2);
    expect(daysBetween(d('2027-01-04'), d('2027-04-25'))).toBe(111);
  });

  it('rejects impossible dates', () => {
    expect(isValidIsoDate('2027-02-29')).toBe(false);
    expect(isValidIsoDate('2027-13-01')).toBe(false);
    expect(isValidIsoDate('27-01-01')).toBe(false);
    expect(isValidIsoDate('2028-02-29')).toBe(true);
  });
});

describe('day numbers', () => {
  it('agree with the platform calendar for every day of four centuries', () => {
    // Date.UTC is the reference here only: the planner itself never builds a Date.
    for (let day = -146_097; day <= 146_097; day += 1) {
      const reference = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(fromDayNumber(day)).toBe(reference);
      expect(toDayNumber(reference as IsoDate)).toBe(day);
    }
  });
});
