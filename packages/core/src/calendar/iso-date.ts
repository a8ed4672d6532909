import { z } from 'zod';
import { WEEKDAYS, type Weekday } from './weekday';

declare const isoDateBrand: unique symbol;
/** A calendar date, `YYYY-MM-DD`, with no time and no zone: a training day is a date. */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Day arithmetic runs on a count of days since 1970-01-01 computed with Date.UTC, which is a pure
 * function of its arguments: no clock and no local time zone, so no daylight-saving surprises.
 */
export const toDayNumber = (date: IsoDate): number => {
  const [, y, m, d] = ISO_DATE.exec(date) ?? [];
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / MS_PER_DAY;
};

export const fromDayNumber = (dayNumber: number): IsoDate => {
  const date = new Date(dayNumber * MS_PER_DAY);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}` as IsoDate;
};

export const isValidIsoDate = (value: string): boolean => {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  return fromDayNumber(toDayNumber(value as IsoDate)) === value;
};

export const isoDateSchema = z
  .string()
  .refine(isValidIsoDate, { message: 'expected a calendar date as YYYY-MM-DD' })
  .transform((value) => value as IsoDate);

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
