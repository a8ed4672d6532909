import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  epochSeconds,
  lastWeeks,
  lastYear,
  localIsoDate,
  MAX_RANGE_DAYS,
  startOfWeek,
} from './dates';

describe('date windows', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29'); // over a daylight-saving change
  });

  it('finds the Monday of a week', () => {
    expect(startOfWeek('2027-01-04')).toBe('2027-01-04'); // a Monday
    expect(startOfWeek('2027-01-10')).toBe('2027-01-04'); // the Sunday after
    expect(startOfWeek('2027-01-01')).toBe('2026-12-28'); // a Friday, the week before
  });

  it('asks for the last year as the longest range the API answers, today included', () => {
    const window = lastYear('2027-01-05');
    expect(window).toEqual({ from: '2026-01-05', to: '2027-01-05' });
    expect(daysBetween(window.from, window.to) + 1).toBe(MAX_RANGE_DAYS);
    const leap = lastYear('2028-03-01');
    expect(daysBetween(leap.from, leap.to) + 1).toBe(MAX_RANGE_DAYS);
  });

  it('asks for whole weeks from a Monday, this week so far included', () => {
    expect(lastWeeks('2027-01-06', 1)).toEqual({ from: '2027-01-04', to: '2027-01-06' });
    expect(lastWeeks('2027-01-06', 12)).toEqual({ from: '2026-10-19', to: '2027-01-06' });
  });

  it('never asks for more than the API answers, even on a Sunday for 52 weeks', () => {
    for (const today of ['2027-01-10', '2027-01-04', '2028-12-31']) {
      const window = lastWeeks(today, 52);
      expect(daysBetween(window.from, window.to) + 1).toBeLessThanOrEqual(MAX_RANGE_DAYS);
      expect(lastWeeks(today, 80)).toEqual(window);
    }
  });

  it('reads today from the local clock and draws dates at midnight UTC', () => {
    expect(localIsoDate(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
    expect(epochSeconds('1970-01-02')).toBe(86_400);
  });
});
