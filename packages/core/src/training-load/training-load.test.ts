import { describe, expect, it } from 'vitest';
import { acuteChronicRatio, banisterStep, form, sessionLoad, weekStrain } from './training-load';

describe('training load', () => {
  it('B33: 60 minutes at RPE 7 is a load of 420', () => {
    expect(sessionLoad(7, 60)).toBe(420);
  });

  it('B34: monotony and strain over a week with rest days as zero', () => {
    // Loads 300, 0, 400, 0, 500, 0, 200: mean 200; deviations² 10000, 40000, 40000, 40000,
    // 90000, 40000, 0 → variance 260000 / 7 = 37142.86, SD 192.725; monotony 200 / 192.725 = 1.03775.
    const week = weekStrain([300, 0, 400, 0, 500, 0, 200]);
    expect(week.weeklyLoad).toBe(1400);
    expect(week.monotony).toBeCloseTo(1.03775, 4);
    expect(week.strain).toBeCloseTo(1452.85, 1);
  });

  it('B34: an identical load every day has no monotony figure rather than infinity', () => {
    expect(weekStrain([100, 100, 100, 100, 100, 100, 100]).monotony).toBeUndefined();
  });

  it('B35: the acute:chronic ratio is a description, never a rule', () => {
    const loads = [...Array(21).fill(100), ...Array(7).fill(200)];
    const { ratio, note } = acuteChronicRatio(loads);
    // acute 200; chronic (21·100 + 7·200) / 28 = 125 → 1.6
    expect(ratio).toBeCloseTo(1.6, 10);
    expect(note).toMatch(/not a rule/);
  });

  it('B36: from fitness 100 and fatigue 60, a load of 50 gives (147.65, 102.00)', () => {
    const next = banisterStep({ fitness: 100, fatigue: 60 }, 50);
    // 100·e^(−1/42) + 50 = 147.647; 60·e^(−1/7) + 50 = 102.016
    expect(next.fitness).toBeCloseTo(147.65, 2);
    expect(next.fatigue).toBeCloseTo(102.0, 1);
  });

  it('B36: form weighs fatigue more than fitness', () => {
    expect(form({ fitness: 100, fatigue: 60 }, 1, 2)).toBe(-20);
    expect(() => form({ fitness: 100, fatigue: 60 }, 2, 1)).toThrow(RangeError);
  });
});
