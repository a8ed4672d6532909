/**
 * The date windows the progress and settings screens ask the API for, on `YYYY-MM-DD` strings.
 * A training day is a date with no time and no zone, so the arithmetic runs in UTC and never sees
 * daylight saving; only "today" is read from the runner's own clock. Weeks start on Monday (ISO),
 * as the API's weekly volume does.
 */

const DAY_MS = 86_400_000;

/** The API answers at most this many days at once, both ends counted. */
export const MAX_RANGE_DAYS = 366;

export interface DateWindow {
  from: string;
  to: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

const toUtcMs = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
};

const fromUtcMs = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** The runner's date today, by their own clock and zone. */
export const localIsoDate = (now: Date): string =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

export const addDays = (date: string, days: number): string =>
  fromUtcMs(toUtcMs(date) + days * DAY_MS);

/** Days from `from` to `to`: 0 for the same day, negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);

/** The Monday of the ISO week `date` is in. */
export const startOfWeek = (date: string): string => {
  const weekday = (new Date(toUtcMs(date)).getUTCDay() + 6) % 7; // 0 Monday … 6 Sunday
  return addDays(date, -weekday);
};

/** The last year up to today: the longest window the API answers (366 days, both ends). */
export const lastYear = (today: string): DateWindow => ({
  from: addDays(today, -(MAX_RANGE_DAYS - 1)),
  to: today,
});

/**
 * The last `weeks` ISO weeks, this one included, from its Monday to today. 52 weeks is the most
 * that fits the API's 366 days.
 */
export const lastWeeks = (today: string, weeks: number): DateWindow => {
  const count = Math.min(Math.max(1, Math.floor(weeks)), 52);
  return { from: addDays(startOfWeek(today), -7 * (count - 1)), to: today };
};

/** A date as uPlot's x value: seconds since the epoch at midnight UTC (drawn in UTC). */
export const epochSeconds = (date: string): number => toUtcMs(date) / 1000;
