import { describe, expect, it } from 'vitest';
import { type MorningWorkout, nextMorningAsk, worseThanBefore } from './next-morning';

const workout = (performedOn: string, overrides: Partial<MorningWorkout> = {}): MorningWorkout => ({
  id: `w-${performedOn}`,
  sessionId: `${performedOn}-strength`,
  performedOn,
  painBefore: 2,
  painNextMorning: null,
  ...overrides,
});

describe('B26: which session asks for the next morning’s pain', () => {
  it('asks about yesterday’s session, with the pain given before it', () => {
    expect(nextMorningAsk([workout('2026-12-01')], '2026-12-02')).toEqual({
      performedOn: '2026-12-01',
      workouts: [workout('2026-12-01')],
      painBefore: 2,
    });
  });

  it('still asks the day after, for a runner who did not open the app that morning', () => {
    expect(nextMorningAsk([workout('2026-12-01')], '2026-12-03')?.performedOn).toBe('2026-12-01');
  });

  it('asks nothing about a session logged today, or three days ago and more', () => {
    expect(nextMorningAsk([workout('2026-12-03')], '2026-12-03')).toBeNull();
    expect(nextMorningAsk([workout('2026-11-30')], '2026-12-03')).toBeNull();
    expect(nextMorningAsk([], '2026-12-03')).toBeNull();
  });

  it('asks about the last session logged, not an older one', () => {
    const older = workout('2026-12-01');
    const last = workout('2026-12-02', { painBefore: null });
    expect(nextMorningAsk([last, older], '2026-12-03')).toEqual({
      performedOn: '2026-12-02',
      workouts: [last],
      painBefore: null,
    });
  });

  it('asks nothing once the last session has its morning score', () => {
    const answered = workout('2026-12-02', { painNextMorning: 1 });
    expect(nextMorningAsk([workout('2026-12-01'), answered], '2026-12-03')).toBeNull();
  });

  it('asks once for two sessions on the same day, against the higher pain before them', () => {
    const strength = workout('2026-12-02', { painBefore: 1 });
    const rehab = workout('2026-12-02', {
      id: 'w-rehab',
      sessionId: '2026-12-02-rehab',
      painBefore: 3,
    });
    const ask = nextMorningAsk([strength, rehab], '2026-12-03');
    expect(ask?.workouts.map((w) => w.id)).toEqual([strength.id, 'w-rehab']);
    expect(ask?.painBefore).toBe(3);
  });

  it('more pain in the morning than before the session lightens the next one', () => {
    expect(worseThanBefore(3, 2)).toBe(true);
    expect(worseThanBefore(2, 2)).toBe(false);
    expect(worseThanBefore(1, null)).toBe(true);
    expect(worseThanBefore(0, null)).toBe(false);
  });
});
