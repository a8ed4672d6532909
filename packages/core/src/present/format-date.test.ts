import { describe, expect, it } from 'vitest';
import { dateRange, longDate, shortDate } from './format-date';

describe('dates', () => {
  it('writes dates in words without depending on locale or time zone', () => {
    // 2027-01-04 is a Monday; 2027-04-25 a Sunday.
    expect(longDate('2027-01-04')).toBe('Monday 4 January 2027');
    expect(longDate('2027-04-25')).toBe('Sunday 25 April 2027');
    expect(shortDate('2027-01-05')).toBe('5 Jan 2027');
  });

  it('shortens a range within one month or one year', () => {
    expect(dateRange('2027-01-04', '2027-01-10')).toBe('4–10 Jan 2027');
    expect(dateRange('2027-01-25', '2027-01-31')).toBe('25–31 Jan 2027');
    expect(dateRange('2027-03-29', '2027-04-04')).toBe('29 Mar – 4 Apr 2027');
    expect(dateRange('2026-12-28', '2027-01-03')).toBe('28 Dec 2026 – 3 Jan 2027');
    expect(dateRange('2027-04-25', '2027-04-25')).toBe('25 Apr 2027');
  });
});
