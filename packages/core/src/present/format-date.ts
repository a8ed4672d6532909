import type { IsoDate } from '../calendar/iso-date';
import { weekdayOf } from '../calendar/iso-date';
import { WEEKDAY_NAMES } from '../calendar/weekday';

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

/**
 * Dates are written out by hand rather than with Intl: the output must not change with the
 * machine's locale or time zone, and a plan is read in English.
 */
const parts = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return { year: y ?? 0, month: MONTHS[(m ?? 1) - 1] ?? '', day: d ?? 0 };
};

/** "Tuesday 5 January 2027" */
export const longDate = (date: string): string => {
  const { year, month, day } = parts(date);
  return `${WEEKDAY_NAMES[weekdayOf(date as IsoDate)]} ${day} ${month} ${year}`;
};

/** "5 Jan 2027" */
export const shortDate = (date: string): string => {
  const { year, month, day } = parts(date);
  return `${day} ${month.slice(0, 3)} ${year}`;
};

/** "4–10 Jan 2027", "25 Jan – 1 Feb 2027", "28 Dec 2026 – 3 Jan 2027" */
export const dateRange = (from: string, to: string): string => {
  const a = parts(from);
  const b = parts(to);
  if (from === to) return shortDate(from);
  if (a.year !== b.year) return `${shortDate(from)} – ${shortDate(to)}`;
  if (a.month !== b.month) return `${a.day} ${a.month.slice(0, 3)} – ${shortDate(to)}`;
  return `${a.day}–${shortDate(to)}`;
};
