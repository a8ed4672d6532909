import { describe, expect, it } from 'vitest';
import { formatWeeks } from './format-decision';

describe('formatWeeks', () => {
  it('compresses runs of weeks', () => {
    expect(formatWeeks([1, 2, 3, 5, 7, 8])).toBe('weeks 1–3, 5, 7–8');
    expect(formatWeeks([4])).toBe('week 4');
    expect(formatWeeks([])).toBe('whole plan');
  });
});
