import { z } from 'zod';

/** Monday first, as the running world plans its weeks. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const weekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof weekdaySchema>;

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export const weekdayIndex = (day: Weekday): number => WEEKDAYS.indexOf(day);

/** The weekday `offset` days after `day`, wrapping around the week. */
export const shiftWeekday = (day: Weekday, offset: number): Weekday =>
  WEEKDAYS[(((weekdayIndex(day) + offset) % 7) + 7) % 7] as Weekday;
