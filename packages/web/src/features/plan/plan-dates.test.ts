import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  clampDate,
  dayLabel,
  dayLabelLong,
  humaniseDates,
  localIsoDate,
  monthGrid,
  monthLabel,
  moveTargets,
  sameMonth,
  startOfWeek,
  weekdayIndex,
  weekOf,
} from './plan-dates';

// 2027-01-04 is a Monday; 2027-01-31 a Sunday; 2027-02-01 a Monday.

describe('plan dates', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('does not move with daylight saving (the last Sunday of March and October)', () => {
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(addDays('2027-10-31', 1)).toBe('2027-11-01');
  });

  it('reads today from the local clock, not UTC', () => {
    expect(localIsoDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(localIsoDate(new Date(2027, 0, 5, 0, 1))).toBe('2027-01-05');
  });

  it('starts weeks on Monday', () => {
    expect(weekdayIndex('2027-01-04')).toBe(0);
    expect(weekdayIndex('2027-01-10')).toBe(6);
    expect(startOfWeek('2027-01-10')).toBe('2027-01-04');
    expect(startOfWeek('2027-01-04')).toBe('2027-01-04');
    expect(weekOf('2027-01-06')).toEqual([
      '2027-01-04',
      '2027-01-05',
      '2027-01-06',
      '2027-01-07',
      '2027-01-08',
      '2027-01-09',
      '2027-01-10',
    ]);
  });

  it('offers the days of the week and the next as move targets', () => {
    const targets = moveTargets('2027-01-07');
    expect(targets).toHaveLength(14);
    expect(targets[0]).toBe('2027-01-04');
    expect(targets[13]).toBe('2027-01-17');
  });

  it('lays a month out in whole Monday-first weeks', () => {
    const january = monthGrid('2027-01-15');
    // 1 Jan 2027 is a Friday; 31 Jan a Sunday.
    expect(january).toHaveLength(5);
    expect(january[0]?.[0]).toBe('2026-12-28');
    expect(january[4]?.[6]).toBe('2027-01-31');
    // February 2027 starts on a Monday and has exactly four weeks.
    const february = monthGrid('2027-02-10');
    expect(february).toHaveLength(4);
    expect(february[0]?.[0]).toBe('2027-02-01');
    expect(february[3]?.[6]).toBe('2027-02-28');
    // August 2027 starts on a Sunday: six rows.
    expect(monthGrid('2027-08-01')).toHaveLength(6);
    for (const row of monthGrid('2027-05-01')) expect(row).toHaveLength(7);
  });

  it('steps months from any day and compares them', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-01');
    expect(addMonths('2027-01-31', -1)).toBe('2026-12-01');
    expect(addMonths('2027-12-15', 1)).toBe('2028-01-01');
    expect(sameMonth('2027-01-01', '2027-01-31')).toBe(true);
    expect(sameMonth('2027-01-31', '2027-02-01')).toBe(false);
  });

  it('clamps a date into the plan', () => {
    expect(clampDate('2026-11-28', '2027-01-04', '2027-04-25')).toBe('2027-01-04');
    expect(clampDate('2027-05-01', '2027-01-04', '2027-04-25')).toBe('2027-04-25');
    expect(clampDate('2027-02-01', '2027-01-04', '2027-04-25')).toBe('2027-02-01');
  });

  it('writes dates the way a runner reads them', () => {
    expect(dayLabel('2027-01-05')).toBe('Tue 5 Jan');
    expect(dayLabelLong('2027-01-05')).toBe('Tuesday 5 January');
    expect(monthLabel('2027-04-25')).toBe('April 2027');
    expect(humaniseDates('the day after 2027-01-08 is your long run')).toBe(
      'the day after Fri 8 Jan is your long run',
    );
  });
});
