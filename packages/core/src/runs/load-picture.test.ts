import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../calendar/iso-date';
import { run } from '../test-support/runs';
import { classifyRuns } from './classify-runs';
import { type LoadPictureInput, loadPicture } from './load-picture';

const d = (s: string) => s as IsoDate;
const base: LoadPictureInput = {
  runs: [],
  classifications: [],
  strength: [],
  heart: {},
  from: d('2027-01-04'),
  to: d('2027-01-10'),
};

describe('the load picture', () => {
  it('B33: a 60 min run at RPE 7 is 420 on its day; rest days are 0', () => {
    const runs = [run('2027-01-05', { minutes: 60, rpe: 7 })];
    const picture = loadPicture({ ...base, runs, classifications: classifyRuns(runs) });
    expect(picture.days).toHaveLength(7);
    expect(picture.days[1]).toEqual({ date: '2027-01-05', running: 420, strength: 0 });
    expect(picture.days[0]).toEqual({ date: '2027-01-04', running: 0, strength: 0 });
    expect(picture.runLoads).toEqual([
      expect.objectContaining({ date: '2027-01-05', load: 420, method: 'rpe' }),
    ]);
  });

  it('B34: a week worked by hand, runs and strength merged by date', () => {
    // Monday strength RPE 6 × 50 = 300; Wednesday run RPE 8 × 50 = 400; Friday run RPE 5 × 100
    // = 500; Sunday strength RPE 5 × 40 = 200. Daily loads 300, 0, 400, 0, 500, 0, 200: mean
    // 200; squared deviations 10000, 40000, 40000, 40000, 90000, 40000, 0 sum to 260000, variance
    // 37142.86, SD 192.725; monotony 200 / 192.725 = 1.03775; strain 1400 × 1.03775 = 1452.85.
    const runs = [
      run('2027-01-06', { minutes: 50, rpe: 8 }),
      run('2027-01-08', { minutes: 100, rpe: 5 }),
    ];
    const picture = loadPicture({
      ...base,
      runs,
      classifications: classifyRuns(runs),
      strength: [
        { date: d('2027-01-04'), rpe: 6, minutes: 50 },
        { date: d('2027-01-10'), rpe: 5, minutes: 40 },
      ],
    });
    expect(picture.weeks).toHaveLength(1);
    const [week] = picture.weeks;
    expect(week?.start).toBe('2027-01-04');
    expect(week?.running).toBe(900);
    expect(week?.strength).toBe(500);
    expect(week?.load).toBe(1400);
    expect(week?.monotony).toBeCloseTo(1.03775, 4);
    expect(week?.strain).toBeCloseTo(1452.85, 1);
  });

  it('weeks are whole 7-day blocks ending on the last day', () => {
    const picture = loadPicture({ ...base, from: d('2027-01-01'), to: d('2027-01-17') });
    expect(picture.weeks.map((w) => w.start)).toEqual(['2027-01-04', '2027-01-11']);
    expect(picture.weeks[0]?.monotony).toBeUndefined(); // every day 0: no figure, not infinity
  });

  it('B35: the acute:chronic ratio over the last 28 days, as a description only', () => {
    // 21 days at 100 (RPE 5 × 20) then 7 at 200 (RPE 5 × 40): acute 200, chronic 125 → 1.6.
    const from = d('2027-01-04');
    const strength = Array.from({ length: 28 }, (_, i) => ({
      date: addDays(from, i),
      rpe: 5,
      minutes: i < 21 ? 20 : 40,
    }));
    const picture = loadPicture({ ...base, strength, from, to: addDays(from, 27) });
    expect(picture.acuteChronic.ratio).toBeCloseTo(1.6, 10);
    expect(picture.acuteChronic.note).toMatch(/not a rule/);
    expect(loadPicture(base).acuteChronic).toEqual({
      ratio: undefined,
      note: expect.stringMatching(/needs 28 days/),
    });
  });

  it('B36: from fitness 100 and fatigue 60, a load of 50 gives (147.65, 102.00)', () => {
    // 100 · e^(−1/42) + 50 = 147.647; 60 · e^(−1/7) + 50 = 102.013 (SPEC rounds to 102.00);
    // form with k1 = 1, k2 = 2: 147.647 − 2 · 102.013 = −56.378.
    const picture = loadPicture({
      ...base,
      to: base.from,
      initial: { fitness: 100, fatigue: 60 },
      strength: [{ date: base.from, rpe: 5, minutes: 10 }],
    });
    const [day] = picture.fitnessFatigue;
    expect(day?.fitness).toBeCloseTo(147.65, 2);
    expect(day?.fatigue).toBeCloseTo(102.0, 1);
    expect(day?.form).toBeCloseTo(-56.378, 3);
  });

  it('B36: fitness and fatigue start from 0 and decay on rest days', () => {
    const picture = loadPicture({ ...base, strength: [{ date: base.from, rpe: 5, minutes: 10 }] });
    expect(picture.fitnessFatigue[0]).toMatchObject({ fitness: 50, fatigue: 50, form: -50 });
    const last = picture.fitnessFatigue.at(-1);
    expect(last?.fitness).toBeCloseTo(50 * Math.exp(-6 / 42), 10);
    expect(last?.fatigue).toBeCloseTo(50 * Math.exp(-6 / 7), 10);
  });

  it('leaves out other sports and days outside the range', () => {
    const runs = [
      run('2027-01-05', { sport: 'cycling', minutes: 90, rpe: 5 }),
      run('2027-01-11', { minutes: 30, rpe: 5 }),
    ];
    const picture = loadPicture({ ...base, runs, classifications: classifyRuns(runs) });
    expect(picture.runLoads).toEqual([]);
    expect(picture.days.every((day) => day.running === 0)).toBe(true);
  });
});
