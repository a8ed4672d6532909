import { describe, expect, it } from 'vitest';
import { findingText, parseViolations, runLabel, sentence } from './plan-words';

describe('plan words', () => {
  it('reads the rules back from a refused move (A1, A2)', () => {
    const message =
      'A1: Foundation (B) is on 2027-01-07: strength sessions go on non-consecutive days, 48 h apart (A1, B8); A2: the day after 2027-01-08 is your long run: no strength the day before';
    expect(parseViolations(message)).toEqual([
      {
        rule: 'A1',
        message:
          'Foundation (B) is on 2027-01-07: strength sessions go on non-consecutive days, 48 h apart (A1, B8)',
      },
      {
        rule: 'A2',
        message: 'the day after 2027-01-08 is your long run: no strength the day before',
      },
    ]);
    expect(parseViolations('B12: nothing in the last 48 hours before the goal race')).toEqual([
      { rule: 'B12', message: 'nothing in the last 48 hours before the goal race' },
    ]);
    expect(parseViolations('something else')).toEqual([{ message: 'something else' }]);
  });

  it('writes a reason with its rule id and dates in words', () => {
    expect(findingText({ rule: 'B5', message: 'Quality-run day: lift after the run' })).toBe(
      'B5 · Quality-run day: lift after the run',
    );
    expect(
      findingText({ rule: 'A2', message: 'the day after 2027-01-08 is your long run' }, ': '),
    ).toBe('A2: the day after Fri 8 Jan is your long run');
    expect(findingText({ message: 'Friday is marked unavailable' })).toBe(
      'Friday is marked unavailable',
    );
  });

  it('names runs and capitalises server phrases', () => {
    expect(runLabel('long')).toBe('Long run');
    expect(runLabel('rest')).toBe('Rest day');
    expect(sentence('the day after')).toBe('The day after');
  });
});
