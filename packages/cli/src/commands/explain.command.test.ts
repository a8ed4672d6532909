import { describe, expect, it } from 'vitest';
import { run, STACK_LINE } from '../testing/run-main';

const explain = (date: string) =>
  run(['explain', '--profile', 'examples/profile.json', '--date', date]);

describe('runstrong explain', () => {
  it('explains a strength day: date, week, phase, run, session and reasons with rule ids', async () => {
    const result = await explain('2027-01-05');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Tuesday 5 January 2027 (2027-01-05)',
      'Week 1 of 16, foundation phase',
      'Run: quality',
    ]);
    expect(result.stdout).toContain(
      'Sessions:\n  - Foundation: single-leg control and form (A) (strength, about ',
    );
    expect(result.stdout).toMatch(/^ {2}- B5: Quality-run day/m);
    expect(result.stdout).toMatch(/^ {2}- A1: Strength on Tuesday, Thursday/m);
  });

  it('explains a day without strength', async () => {
    // Friday 8 January: unavailable, and the day before Saturday's long run.
    const result = await explain('2027-01-08');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Friday 8 January 2027 (2027-01-08)');
    expect(result.stdout).toContain('No strength session');
    expect(result.stdout).toContain('A2: No strength the day before the long run');
  });

  it('exits 2 for a date outside the plan, naming --date, the value and the range', async () => {
    const result = await explain('2026-12-31');
    expect(result.code).toBe(2);
    expect(result.errors).toEqual([
      'runstrong explain: --date 2026-12-31 is outside the plan, which runs from 2027-01-04 to 2027-04-25',
    ]);
  });

  it('exits 2 for a date that is not a calendar date, before reading the profile', async () => {
    for (const date of ['2027-02-30', '5 Jan', '2027-1-5']) {
      const result = await run(['explain', '--profile', 'missing.json', '--date', date]);
      expect(result.code).toBe(2);
      expect(result.errors).toEqual([
        `runstrong explain: --date "${date}" is not a calendar date; accepted: YYYY-MM-DD, e.g. 2027-01-05`,
      ]);
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
  });

  it('exits 2 when --date or --profile is missing', async () => {
    expect((await run(['explain', '--profile', 'examples/profile.json'])).errors).toEqual([
      'runstrong explain: --date is required',
    ]);
    expect((await run(['explain', '--date', '2027-01-05'])).errors).toEqual([
      'runstrong explain: --profile is required',
    ]);
  });
});
