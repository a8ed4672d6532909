import { describe, expect, it } from 'vitest';
import { strengthLoadsOf } from './strength-loads';

describe('strengthLoadsOf', () => {
  it('B33: takes the workout’s own RPE and minutes (60 min at RPE 7 → an entry worth 420)', () => {
    const entries = strengthLoadsOf(
      [{ sessionId: 's1', performedOn: '2027-01-05', rpe: 7, durationMinutes: 60 }],
      [{ sessionId: 's1', performedOn: '2027-01-05', rpe: 9 }],
      35,
    );
    expect(entries).toEqual([{ date: '2027-01-05', rpe: 7, minutes: 60 }]);
    const [entry] = entries;
    expect(entry && entry.rpe * entry.minutes).toBe(420);
  });

  it('falls back to the sets’ mean RPE and the plan’s minutes per session', () => {
    // Sets at RPE 6, 7 and 8: mean 7; no workout summary, so the plan's 35 minutes.
    const entries = strengthLoadsOf(
      [],
      [
        { sessionId: 's2', performedOn: '2027-01-07', rpe: 6 },
        { sessionId: 's2', performedOn: '2027-01-07', rpe: 7 },
        { sessionId: 's2', performedOn: '2027-01-07', rpe: 8 },
        { sessionId: 's2', performedOn: '2027-01-07', rpe: null },
      ],
      35,
    );
    expect(entries).toEqual([{ date: '2027-01-07', rpe: 7, minutes: 35 }]);
  });

  it('counts no load for a session without any RPE, and sorts by date', () => {
    const entries = strengthLoadsOf(
      [
        { sessionId: 'late', performedOn: '2027-01-09', rpe: 6, durationMinutes: 30 },
        { sessionId: 'none', performedOn: '2027-01-08', rpe: null, durationMinutes: 40 },
        { sessionId: 'early', performedOn: '2027-01-02', rpe: 5, durationMinutes: null },
      ],
      [],
      undefined,
    );
    // 'none' has no RPE; 'early' has no minutes and no plan to take them from.
    expect(entries).toEqual([{ date: '2027-01-09', rpe: 6, minutes: 30 }]);
  });
});
