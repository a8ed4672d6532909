import { describe, expect, it } from 'vitest';
import { nextLoad } from './load-step';
import { brzyckiOneRepMax, epleyOneRepMax } from './one-rep-max';
import { percentOfOneRepMax } from './rpe';

describe('RPE and one-rep maximum', () => {
  it('B17: 5 reps at RPE 8 is 81.1 % of 1RM and 3 at RPE 9 is 89.2 %', () => {
    expect(percentOfOneRepMax(5, 8)).toBe(0.811);
    expect(percentOfOneRepMax(3, 9)).toBe(0.892);
  });

  it('B17: the chart runs from 1 to 12 reps to failure', () => {
    expect(percentOfOneRepMax(1, 10)).toBe(1);
    expect(percentOfOneRepMax(12, 10)).toBe(0.68);
    expect(percentOfOneRepMax(10, 7)).toBeUndefined(); // 13 reps to failure
    expect(percentOfOneRepMax(5, 8.5)).toBeUndefined();
  });

  it('B18: 100 kg × 5 estimates 116.7 kg (Epley) and 112.5 kg (Brzycki)', () => {
    expect(epleyOneRepMax(100, 5)).toBeCloseTo(116.67, 2);
    expect(brzyckiOneRepMax(100, 5)).toBeCloseTo(112.5, 5);
  });

  it('B18: one rep is the weight itself, and more than 12 reps gives no estimate', () => {
    expect(epleyOneRepMax(80, 1)).toBe(80);
    expect(brzyckiOneRepMax(80, 1)).toBe(80);
    expect(epleyOneRepMax(80, 13)).toBeUndefined();
    expect(brzyckiOneRepMax(80, 13)).toBeUndefined();
  });
});

describe('load steps', () => {
  it('B15: about 5 % for the lower body, rounded to the loads the runner has', () => {
    // 100 kg barbell with 1.25 kg plates a side: 102.5, 105, 107.5 ... → 105 is the 5 % step.
    const barbell = [100, 102.5, 105, 107.5, 110, 112.5];
    expect(nextLoad(100, 'lower', barbell)).toBe(105);
  });

  it('B15: 2.5 % for upper-body lifts', () => {
    expect(nextLoad(40, 'upper', [40, 41, 42, 44])).toBe(41);
  });

  it('B15: never below one equipment step', () => {
    // The 5 % target is 21 kg; 22 kg is the next dumbbell and within 10 %.
    expect(nextLoad(20, 'lower', [18, 20, 22, 24])).toBe(22);
  });

  it('B15: never above 10 %; then there is no heavier load to prescribe', () => {
    expect(nextLoad(12, 'lower', [12, 16, 20])).toBeUndefined();
    expect(nextLoad(20, 'lower', [20])).toBeUndefined();
  });
});
