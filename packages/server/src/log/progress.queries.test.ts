import type { IsoDate } from '@runstrong/core';
import { describe, expect, it } from 'vitest';
import { exerciseHistory, isoWeekOf, mondayOf, weeklyVolume } from './progress.queries';

const d = (s: string) => s as IsoDate;

describe('ISO weeks', () => {
  it('start on Monday', () => {
    expect(mondayOf(d('2027-01-04'))).toBe('2027-01-04');
    expect(mondayOf(d('2027-01-10'))).toBe('2027-01-04');
    expect(mondayOf(d('2027-01-02'))).toBe('2026-12-28');
  });

  it('belong to the year of their Thursday', () => {
    expect(isoWeekOf(d('2027-01-04'))).toBe('2027-W01');
    // 2026 starts on a Thursday, so it has 53 weeks; the days of 2027 before Monday 4 January
    // are in its last.
    expect(isoWeekOf(d('2027-01-03'))).toBe('2026-W53');
    expect(isoWeekOf(d('2024-12-30'))).toBe('2025-W01');
    expect(isoWeekOf(d('2021-01-03'))).toBe('2020-W53');
    expect(isoWeekOf(d('2027-12-31'))).toBe('2027-W52');
  });
});

describe('exercise history', () => {
  const row = (over: Partial<Parameters<typeof exerciseHistory>[0][number]>) => ({
    id: crypto.randomUUID(),
    session_id: '2027-01-05-strength',
    set_number: 1,
    performed_on: '2027-01-05',
    reps: null,
    seconds: null,
    load_kg: null,
    band: null,
    rpe: null,
    pain: null,
    ...over,
  });

  it('picks the best set by load, then reps, then seconds', () => {
    const [day] = exerciseHistory([
      row({ set_number: 1, reps: 8, load_kg: 20 }),
      row({ set_number: 2, reps: 10, load_kg: 20 }),
      row({ set_number: 3, reps: 12 }),
    ]);
    expect(day?.bestSet.setNumber).toBe(2);
    const [holds] = exerciseHistory([
      row({ set_number: 1, seconds: 30 }),
      row({ set_number: 2, seconds: 40 }),
    ]);
    expect(holds?.bestSet.setNumber).toBe(2);
    expect(holds?.totalSeconds).toBe(70);
  });

  it('rounds volume to the hundredth, away from floating-point noise', () => {
    // 3 × 0.1 kg would be 0.30000000000000004 kg unrounded.
    const [day] = exerciseHistory([row({ reps: 3, load_kg: 0.1 })]);
    expect(day?.volumeLoadKg).toBe(0.3);
  });
});

describe('weekly volume', () => {
  it('lists every week of the range, a single-day range included', () => {
    const weeks = weeklyVolume(d('2027-01-06'), d('2027-01-06'), [], []);
    expect(weeks.map((w) => w.weekStart)).toEqual(['2027-01-04']);
  });
});
