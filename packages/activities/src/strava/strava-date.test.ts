import { describe, expect, it } from 'vitest';
import { parseStravaDate } from './strava-date';

describe('parseStravaDate', () => {
  it.each([
    ['Oct 5, 2014, 4:15:21 PM', '2014-10-05T16:15:21Z'],
    ['Aug 25, 2025, 2:15:30 PM', '2025-08-25T14:15:30Z'],
    ['Jan 1, 2020, 12:00:00 AM', '2020-01-01T00:00:00Z'],
    ['Jan 1, 2020, 12:30:00 PM', '2020-01-01T12:30:00Z'],
    ['Jan 1, 2020, 9:00:00\u202fAM', '2020-01-01T09:00:00Z'],
    ['5 Oct 2014, 16:15:21', '2014-10-05T16:15:21Z'],
    ['2014-10-05 16:15:21', '2014-10-05T16:15:21Z'],
  ])('%s → %s', (text, iso) => {
    expect(parseStravaDate(text)).toBe(iso);
  });

  it.each([
    '',
    'Foo 5, 2014, 4:15:21 PM',
    'Feb 30, 2014, 4:15:21 PM',
    'Oct 5, 2014, 13:15:21 PM',
    '05/10/2014 16:15',
  ])('refuses %j', (text) => {
    expect(parseStravaDate(text)).toBeNull();
  });
});
