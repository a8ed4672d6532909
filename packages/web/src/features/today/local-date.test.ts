import { describe, expect, it } from 'vitest';
import { localIsoDate } from './local-date';

describe('today where the runner is', () => {
  it('is the local calendar date, not the UTC one', () => {
    expect(localIsoDate(new Date(2026, 11, 1, 23, 30))).toBe('2026-12-01');
    expect(localIsoDate(new Date(2027, 0, 4, 0, 5))).toBe('2027-01-04');
  });
});
