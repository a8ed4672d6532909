import { describe, expect, it } from 'vitest';
import { calfCapacityDeficit } from './calf-capacity';
import { NORDIC_PROGRAMME_WEEKS, nordicWeek } from './nordic-protocol';
import { painGateVerdict, shouldLowerNextPrescription } from './pain-gate';
import { rathleffDose } from './rathleff-protocol';

describe('injury protocols', () => {
  it('B27: the Nordic programme is 27 sessions in 10 weeks with Petersen’s doses', () => {
    const weeks = Array.from({ length: NORDIC_PROGRAMME_WEEKS }, (_, i) => nordicWeek(i + 1));
    expect(weeks.map((w) => w.sessions)).toEqual([1, 2, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(weeks.reduce((sum, w) => sum + w.sessions, 0)).toBe(27);
    expect(weeks[0]?.dose).toMatchObject({ sets: 2, reps: 5 });
    expect(weeks[1]?.dose).toMatchObject({ sets: 2, reps: 6 });
    expect(weeks[2]?.dose).toMatchObject({ sets: 3, repRange: [6, 8] });
    expect(weeks[3]?.dose).toMatchObject({ sets: 3, repRange: [8, 10] });
    expect(weeks[4]?.dose).toMatchObject({ sets: 3, repsBySet: [12, 10, 8] });
    expect(nordicWeek(11).sessions).toBe(1);
  });

  it('B30: Rathleff heel raises go 12RM × 3, then 10RM × 4 from week 2, then 8RM × 5 from week 4', () => {
    expect(rathleffDose(1)).toMatchObject({ sets: 3, reps: 12 });
    expect(rathleffDose(2)).toMatchObject({ sets: 4, reps: 10 });
    expect(rathleffDose(3)).toMatchObject({ sets: 4, reps: 10 });
    expect(rathleffDose(4)).toMatchObject({ sets: 5, reps: 8 });
    expect(rathleffDose(12)).toMatchObject({ sets: 5, reps: 8 });
  });

  it('B26: pain 0–3 is fine, 4–5 acceptable, above 5 stop', () => {
    expect([0, 3, 4, 5, 6, 10].map(painGateVerdict)).toEqual([
      'fine',
      'fine',
      'acceptable',
      'acceptable',
      'stop',
      'stop',
    ]);
  });

  it('B26: next-morning pain above the pre-session score lowers the next prescription', () => {
    expect(shouldLowerNextPrescription(2, 3)).toBe(true);
    expect(shouldLowerNextPrescription(2, 2)).toBe(false);
  });

  const settings = { calfRaiseTarget: 25, calfAsymmetryLimit: 0.15 };
  it('B31: fewer than 25 single-leg heel raises calls for calf work', () => {
    expect(calfCapacityDeficit({ leftReps: 24, rightReps: 25 }, settings).deficit).toBe(true);
    expect(calfCapacityDeficit({ leftReps: 30, rightReps: 28 }, settings).deficit).toBe(false);
  });

  it('B31: a left/right difference above 15 % calls for calf work', () => {
    // 40 vs 33: (40 − 33) / 40 = 17.5 %.
    expect(calfCapacityDeficit({ leftReps: 40, rightReps: 33 }, settings).deficit).toBe(true);
    // 40 vs 35: 12.5 %.
    expect(calfCapacityDeficit({ leftReps: 40, rightReps: 35 }, settings).deficit).toBe(false);
  });
});
