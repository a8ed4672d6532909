import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate, weekdayOf } from '../calendar/iso-date';
import type { Weekday } from '../calendar/weekday';
import type { RunDayType, RunningWeek } from '../profile/profile.schema';
import { type ScheduleWeekInput, scheduleWeek } from './schedule-week';

const MONDAY = '2027-01-04' as IsoDate;
const week = Array.from({ length: 7 }, (_, i) => addDays(MONDAY, i));

const allEasy: RunningWeek = {
  mon: 'easy',
  tue: 'easy',
  wed: 'easy',
  thu: 'easy',
  fri: 'easy',
  sat: 'easy',
  sun: 'easy',
};
const example: RunningWeek = {
  mon: 'rest',
  tue: 'quality',
  wed: 'easy',
  thu: 'quality',
  fri: 'rest',
  sat: 'long',
  sun: 'easy',
};

const input = (
  runningWeek: RunningWeek,
  overrides: Partial<ScheduleWeekInput> & { unavailable?: Weekday[] } = {},
): ScheduleWeekInput => {
  const unavailable = new Set(overrides.unavailable ?? []);
  return {
    dates: week,
    runOn: (date): RunDayType => runningWeek[weekdayOf(date)],
    isAvailable: (date) => !unavailable.has(weekdayOf(date)),
    sessions: 2,
    experience: 'intermediate',
    heavy: true,
    neighbours: [],
    repeating: true,
    ...overrides,
  };
};

const weekdays = (dates: readonly IsoDate[]) => dates.map(weekdayOf);

describe('scheduling a week', () => {
  it('A1: two sessions on an open week land on Monday and Thursday, the article’s pair', () => {
    expect(weekdays(scheduleWeek(input(allEasy)).dates)).toEqual(['mon', 'thu']);
  });

  it('A1: three sessions on an open week are on non-consecutive days', () => {
    const days = weekdays(scheduleWeek(input(allEasy, { sessions: 3 })).dates);
    expect(days).toEqual(['mon', 'wed', 'fri']);
  });

  it('A2: never the day before the long run', () => {
    const longSunday: RunningWeek = { ...allEasy, sun: 'long' };
    for (const sessions of [1, 2, 3]) {
      const days = weekdays(scheduleWeek(input(longSunday, { sessions })).dates);
      expect(days).not.toContain('sat');
    }
    expect(scheduleWeek(input(longSunday)).reasons.get(addDays(MONDAY, 5))).toContainEqual(
      expect.objectContaining({ rule: 'A2' }),
    );
  });

  it('B5: heavy work goes on the quality days, after the run', () => {
    const result = scheduleWeek(input(example, { unavailable: ['fri'] }));
    expect(weekdays(result.dates)).toEqual(['tue', 'thu']);
    expect(result.relaxed).toEqual([]);
    expect(result.reasons.get(addDays(MONDAY, 1))).toContainEqual(
      expect.objectContaining({ rule: 'B5' }),
    );
  });

  it('B5: not on the recovery day between two quality days, nor the day after the long run', () => {
    // Quality Tue and Thu, long Sun: Wed sits between two quality days, Mon follows the long run.
    const week2: RunningWeek = {
      mon: 'easy',
      tue: 'quality',
      wed: 'easy',
      thu: 'quality',
      fri: 'easy',
      sat: 'easy',
      sun: 'long',
    };
    const days = weekdays(scheduleWeek(input(week2, { sessions: 3 })).dates);
    expect(days).not.toContain('wed');
    expect(days).not.toContain('mon');
  });

  it('B7: no quality run within 24 h after heavy legs', () => {
    // Quality on Wed and Sat: lifting Tue or Fri would put a quality run the next day.
    const week3: RunningWeek = {
      mon: 'easy',
      tue: 'easy',
      wed: 'quality',
      thu: 'easy',
      fri: 'easy',
      sat: 'quality',
      sun: 'long',
    };
    const days = weekdays(scheduleWeek(input(week3)).dates);
    expect(days).not.toContain('tue');
    expect(days).not.toContain('fri');
  });

  it('B7: novices keep 48 h between heavy legs and the next quality run', () => {
    // Only Monday and Thursday are quality. A novice lifting Monday has Thursday 72 h away: fine.
    // Tuesday would put Thursday's quality run within 48 h.
    const week4: RunningWeek = {
      mon: 'quality',
      tue: 'easy',
      wed: 'rest',
      thu: 'quality',
      fri: 'easy',
      sat: 'easy',
      sun: 'long',
    };
    const novice = scheduleWeek(input(week4, { experience: 'novice', sessions: 2 }));
    expect(weekdays(novice.dates)).not.toContain('tue');
    const costsTuesday = scheduleWeek(
      input(week4, {
        experience: 'novice',
        sessions: 1,
        isAvailable: (d) => weekdayOf(d) === 'tue',
      }),
    );
    expect(costsTuesday.relaxed).toContainEqual(expect.objectContaining({ rule: 'B7' }));
  });

  it('B8: a session 1 day after the previous week’s last one is never placed', () => {
    const sundayBefore = addDays(MONDAY, -1);
    const result = scheduleWeek(input(allEasy, { neighbours: [sundayBefore] }));
    expect(weekdays(result.dates)).not.toContain('mon');
  });

  it('A1/B8 fallback: when the free days cannot hold every session, one is dropped and said so', () => {
    // Only Monday and Tuesday are free: two sessions would be on consecutive days.
    const result = scheduleWeek(
      input(allEasy, { unavailable: ['wed', 'thu', 'fri', 'sat', 'sun'] }),
    );
    expect(result.dates).toHaveLength(1);
    expect(result.dropped?.count).toBe(1);
    expect(result.dropped?.message).toMatch(/A1/);
  });

  it('B5 relaxed: when only easy days are free the plan says which rule gave way', () => {
    const result = scheduleWeek(input(example, { unavailable: ['tue', 'thu', 'fri'] }));
    expect(result.dates.length).toBe(2);
    expect(result.relaxed.map((r) => r.rule)).toContain('B5');
  });

  it('B12: nothing in the last 48 hours before the race', () => {
    const raceDate = addDays(MONDAY, 6);
    const result = scheduleWeek(input(allEasy, { raceDate, sessions: 3, heavy: false }));
    for (const date of result.dates) expect(date < addDays(raceDate, -2)).toBe(true);
  });
});
