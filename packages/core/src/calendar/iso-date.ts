import { z } from 'zod';
import { WEEKDAYS, type Weekday, weekdayIndex } from './weekday';

declare const isoDateBrand: unique symbol;
/** A calendar date, `YYYY-MM-DD`, with no time and no zone: a training day is a date. */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day arithmetic runs on a count of days since 1970-01-01, computed with Howard Hinnant's
 * civil-calendar algorithms: plain integer arithmetic, no clock and no local time zone, so no
 * daylight-saving surprises — and fast, since the planner does it thousands of times a plan.
 */
export const toDayNumber = (date: IsoDate): number => {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const fromDayNumber = (dayNumber: number): IsoDate => {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` as IsoDate;
};

export const isValidIsoDate = (value: string): boolean => {
  if (!ISO_DATE.test(value)) return false;
  return fromDayNumber(toDayNumber(value as IsoDate)) === value;
};

/**
 * A refinement, not a transform, so the same schema both parses input and serialises output
 * (zod cannot encode through a transform); the cast gives the branded type.
 */
export const isoDateSchema = z.string().refine(isValidIsoDate, {
  message: 'expected a calendar date as YYYY-MM-DD',
}) as unknown as z.ZodType<IsoDate, string>;

export const addDays = (date: IsoDate, days: number): IsoDate =>
  fromDayNumber(toDayNumber(date) + days);

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  toDayNumber(to) - toDayNumber(from);

export const weekdayOf = (date: IsoDate): Weekday => {
  // 1970-01-01 was a Thursday, index 3 in a Monday-first week.
  const index = (((toDayNumber(date) + 3) % 7) + 7) % 7;
  return WEEKDAYS[index] as Weekday;
};

/** The Monday of the date's week: runners' weeks (and their logs) run Monday to Sunday. */
export const mondayOf = (date: IsoDate): IsoDate => addDays(date, -weekdayIndex(weekdayOf(date)));
