const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** en-US, as in the fixture: `Oct 5, 2014, 4:15:21 PM` (any whitespace before AM/PM, e.g. U+202F). */
const US = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4}),? (\d{1,2}):(\d{2}):(\d{2})\s*([AaPp][Mm])$/;
/** en-GB and similar: `5 Oct 2014, 16:15:21`. */
const DAY_FIRST = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4}),? (\d{1,2}):(\d{2}):(\d{2})$/;
/** Already ISO-like: `2014-10-05 16:15:21`. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})Z?$/;

const two = (n: number): string => String(n).padStart(2, '0');

function iso(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): string | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate() || year < 1970) return null;
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}Z`;
}

const monthNumber = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * The "Activity Date" of a Strava bulk export, as ISO-8601 in UTC. Strava formats it for the
 * account's locale but writes it in UTC, not in the athlete's time zone: the fixture's "Morning
 * Run" of Aug 25, 2025 is dated 2:15:30 PM. English month names in month-first (en-US) and
 * day-first order and ISO dates are read; anything else gives null rather than a guess (a numeric
 * `05/10/2014` could be either order).
 */
export function parseStravaDate(text: string): string | null {
  const trimmed = text.trim();
  const us = US.exec(trimmed);
  if (us !== null) {
    const [, mon = '', d, y, h, mi, s, half = ''] = us;
    const hour12 = Number(h);
    if (hour12 < 1 || hour12 > 12) return null;
    const hour = (hour12 % 12) + (half.toLowerCase() === 'pm' ? 12 : 0);
    return iso(Number(y), monthNumber(mon), Number(d), hour, Number(mi), Number(s));
  }
  const dayFirst = DAY_FIRST.exec(trimmed);
  if (dayFirst !== null) {
    const [, d, mon = '', y, h, mi, s] = dayFirst;
    return iso(Number(y), monthNumber(mon), Number(d), Number(h), Number(mi), Number(s));
  }
  const isoLike = ISO.exec(trimmed);
  if (isoLike !== null) {
    const [, y, mo, d, h, mi, s] = isoLike;
    return iso(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
  }
  return null;
}
