import { daysBetween, type IsoDate, isoDateSchema } from '@runstrong/core';
import { z } from 'zod';
import { badRequest } from '../http/app-error';

/** The longest window a list or progress query may ask for, counting both ends. */
export const MAX_RANGE_DAYS = 366;

/** `?from=YYYY-MM-DD&to=YYYY-MM-DD`, both required and both included. */
export const dateRangeQuery = z.object({ from: isoDateSchema, to: isoDateSchema });

/**
 * An error with a stable code that names the offending field the way schema errors do
 * (`{ issues: [{ path, message }] }`), so a client handles both the same way.
 */
export const fieldError = (code: string, path: string, message: string, value?: unknown) =>
  badRequest(code, `${path}: ${message}`, {
    issues: [{ path, message }],
    ...(value === undefined ? {} : { value }),
  });

/** Refuses `to` before `from` ('invalid-range') and more than 366 days ('range-too-long'). */
export const checkRange = (from: IsoDate, to: IsoDate): void => {
  const days = daysBetween(from, to) + 1;
  if (days < 1) throw fieldError('invalid-range', 'querystring.to', `${to} is before ${from}`);
  if (days > MAX_RANGE_DAYS) {
    throw fieldError(
      'range-too-long',
      'querystring.to',
      `the range covers ${days} days; at most ${MAX_RANGE_DAYS} may be asked for at once`,
    );
  }
};
