/**
 * Calendar arithmetic for the plan screen on `YYYY-MM-DD` strings. A training day is a date with
 * no time and no zone, so the arithmetic runs in UTC and never sees daylight saving; only "today"
 * is read from the runner's own clock. Weeks start on Monday, as the plan's do.
 */

import {
  addDays as addIsoDays,
  type IsoDate,
  weekdayIndex as indexOfWeekday,
  weekdayOf,
} from '@runstrong/core';

const SHORT_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

const pad = (n: number): string => String(n).padStart(2, '0');

const toUtc = (date: string): Date => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
};

const fromUtc = (date: Date): string =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** The runner's date today, by their own clock and zone. */
export const localIsoDate = (now: Date): string =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** The core's day arithmetic (integer days, no zone) on plain strings from the API. */
export const addDays = (date: string, days: number): string => addIsoDays(date as IsoDate, days);

/** 0 for Monday … 6 for Sunday. */
export const weekdayIndex = (date: string): number => indexOfWeekday(weekdayOf(date as IsoDate));

/** The Monday of the week `date` is in. */
export const startOfWeek = (date: string): string => addDays(date, -weekdayIndex(date));

/** Monday to Sunday of the week `date` is in. */
export const weekOf = (date: string): string[] => {
  const monday = startOfWeek(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
};

/** The days a session can be moved to from `date`: its week and the next, Monday first. */
export const moveTargets = (date: string): string[] => {
  const monday = startOfWeek(date);
  return Array.from({ length: 14 }, (_, i) => addDays(monday, i));
};

export const startOfMonth = (date: string): string => `${date.slice(0, 7)}-01`;

/** The first day of the month `months` after (or before) the month of `date`. */
export const addMonths = (date: string, months: number): string => {
  const d = toUtc(startOfMonth(date));
  d.setUTCMonth(d.getUTCMonth() + months);
  return fromUtc(d);
};

export const sameMonth = (a: string, b: string): boolean => a.slice(0, 7) === b.slice(0, 7);

/**
 * The calendar grid of the month `date` is in: whole Monday-to-Sunday weeks from the week of the
 * 1st to the week of the last day, so 4 to 6 rows of 7 dates; days of the neighbouring months
 * fill the first and last rows.
 */
export const monthGrid = (date: string): string[][] => {
  const first = startOfMonth(date);
  const last = addDays(addMonths(date, 1), -1);
  const rows: string[][] = [];
  for (let monday = startOfWeek(first); monday <= last; monday = addDays(monday, 7)) {
    rows.push(weekOf(monday));
  }
  return rows;
};

/** `date` moved into [from, to]. */
export const clampDate = (date: string, from: string, to: string): string =>
  date < from ? from : date > to ? to : date;

/** "Tue 5 Jan" */
export const dayLabel = (date: string): string => {
  const d = toUtc(date);
  return `${SHORT_WEEKDAYS[weekdayIndex(date)]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]?.slice(0, 3)}`;
};

/** "Tuesday 5 January" */
export const dayLabelLong = (date: string): string => {
  const d = toUtc(date);
  return `${WEEKDAYS[weekdayIndex(date)]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
};

/** "Tuesday" */
export const weekdayName = (date: string): string => WEEKDAYS[weekdayIndex(date)] ?? '';

/** "Mon" … "Sun", Monday first, for column headings. */
export const SHORT_WEEKDAY_NAMES: readonly string[] = SHORT_WEEKDAYS;
export const WEEKDAY_NAMES_MONDAY_FIRST: readonly string[] = WEEKDAYS;

/** "January 2027" */
export const monthLabel = (date: string): string => {
  const d = toUtc(date);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

/** The server's messages name dates as `2027-01-08`; a runner reads "Fri 8 Jan". */
export const humaniseDates = (text: string): string => text.replace(ISO_DATE, (m) => dayLabel(m));
