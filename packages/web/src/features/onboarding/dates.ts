/**
 * The few date sums the form needs before the core has loaded: today's date where the runner
 * is, and the Monday after it. Dates are `YYYY-MM-DD` strings, computed in UTC so no time zone
 * or daylight-saving change can shift a day.
 */

const DAY_MS = 86_400_000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The calendar date of `now` in the runner's own time zone. */
export const localIsoDate = (now: Date): string =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

const toUtc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const fromUtc = (date: Date): string => date.toISOString().slice(0, 10);

export const addDaysIso = (iso: string, days: number): string =>
  fromUtc(new Date(toUtc(iso).getTime() + days * DAY_MS));

/**
 * The first Monday strictly after `iso`: on a Monday that is a week later, since a plan that
 * starts today would already have a day behind it.
 */
export const nextMonday = (iso: string): string => {
  const weekday = toUtc(iso).getUTCDay(); // 0 Sunday … 6 Saturday
  const daysAhead = (8 - weekday) % 7 || 7;
  return addDaysIso(iso, daysAhead);
};
