import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../calendar/iso-date';
import type { Weekday } from '../calendar/weekday';
import { datesOn, lap, type RunSpec, run } from '../test-support/runs';
import { classifyRuns } from './classify-runs';
import type { RunRecord } from './run-record';

const d = (s: string) => s as IsoDate;

/** Eight weeks of the same run on the given weekdays, ending the Sunday before `monday`. */
const habit = (monday: string, days: readonly Weekday[], spec: RunSpec): RunRecord[] => {
  const from = addDays(d(monday), -56);
  return days
    .flatMap((day) => datesOn(day, from, 56))
    .sort()
    .map((date) => run(date, spec));
};

const classificationOf = (runs: readonly RunRecord[], id: string) => {
  const found = classifyRuns(runs).find((c) => c.runId === id);
  if (!found) throw new Error(`no classification for ${id}`);
  return found;
};

// Four easy 10 km runs a week at 5:30/km, average heart rate 140: the runner's usual week.
const easyWeeks = habit('2026-11-30', ['mon', 'wed', 'fri', 'sun'], { km: 10, hr: 140 });

describe('quality by laps', () => {
  it('an interval session (fast reps, slow jogs) is quality', () => {
    // 2 km warm-up at 5:30, 6 × (1 km at 4:00, 400 m jog at 6:15), 1.5 km cool-down at 5:30.
    // Lap speeds: 3.03 m/s ×2, 4.17 ×6, 2.67 ×6 → median 3.03; 4.17 is 27 % faster, 2.67 12 % slower.
    const reps = Array.from({ length: 6 }, () => [lap(1, 4), lap(0.4, 6.25)]).flat();
    const intervals = run('2026-12-01', {
      id: 'intervals',
      km: 11.9,
      minutes: 62,
      hr: 145,
      laps: [lap(2, 5.5), ...reps, lap(1.5, 5.5)],
    });
    const result = classificationOf([...easyWeeks, intervals], 'intervals');
    expect(result.kind).toBe('quality');
    expect(result.race).toBe(false);
    expect(result.reasons).toEqual([
      "Lap structure: 6 laps at least 10 % faster than the run's median lap pace (5:30/km), with slower laps between them: work and recovery.",
    ]);
  });

  it('the even 1 km auto-laps of a steady run are not structure: easy', () => {
    const paces = [5.5, 5.45, 5.6, 5.5, 5.55, 5.4, 5.5, 5.6, 5.45, 5.5];
    const steady = run('2026-12-01', {
      id: 'steady',
      km: 10,
      hr: 141,
      laps: paces.map((p) => lap(1, p)),
    });
    const result = classificationOf([...easyWeeks, steady], 'steady');
    expect(result.kind).toBe('easy');
    expect(result.reasons).toEqual([
      'No lap structure.',
      'Average heart rate 141, within your easy range (your easy runs average 140).',
    ]);
  });
});

describe('long', () => {
  it("the week's longest at 1.8× the runner's typical run is long, with the numbers", () => {
    const usual = habit('2026-11-30', ['tue', 'thu', 'sat', 'sun'], { km: 13.2 });
    const long = run('2026-12-06', { id: 'long', km: 24.1 });
    const result = classificationOf([...usual, run('2026-12-01', { km: 13.2 }), long], 'long');
    expect(result.kind).toBe('long');
    expect(result.reasons).toEqual(["24.1 km, the week's longest and 1.8× your typical 13.2 km."]);
  });

  it('a longer run that is not well above the typical run is not long', () => {
    const result = classificationOf(
      [...easyWeeks, run('2026-12-06', { id: 'bit-longer', km: 12, hr: 140 })],
      'bit-longer',
    );
    expect(result.kind).toBe('easy');
  });

  it('only the longest run of its Monday–Sunday week can be long', () => {
    const runs = [
      ...easyWeeks,
      run('2026-12-01', { id: 'first', km: 16, hr: 140 }),
      run('2026-12-05', { id: 'longer', km: 18, hr: 140 }),
    ];
    expect(classificationOf(runs, 'first').kind).toBe('easy');
    expect(classificationOf(runs, 'longer').kind).toBe('long');
  });

  it('with fewer than 4 earlier runs, 75 minutes or 15 km is long', () => {
    const runs = [
      run('2026-12-01', { minutes: 40, km: null }),
      run('2026-12-03', { minutes: 45, km: null }),
      run('2026-12-06', { id: 'long', minutes: 80, km: null }),
    ];
    const result = classificationOf(runs, 'long');
    expect(result.kind).toBe('long');
    expect(result.reasons).toEqual([
      "1 h 20 min, the week's longest; with 2 earlier runs to compare, at least 75 min or 15 km counts as long.",
    ]);
  });
});

describe('quality by heart rate', () => {
  it('an average heart rate 10 % above the easy runs is quality', () => {
    // 9 km: a tempo run of exactly a race distance at that heart rate would count as a race.
    const tempo = run('2026-12-02', { id: 'tempo', km: 9, hr: 154 });
    const result = classificationOf([...easyWeeks, tempo], 'tempo');
    expect(result.kind).toBe('quality');
    expect(result.reasons).toEqual(["Average heart rate 154, 10 % above your easy runs' 140."]);
  });

  it('needs three earlier easy runs with heart rate to compare', () => {
    const runs = [
      run('2026-12-01', { hr: 140 }),
      run('2026-12-02', { hr: 140 }),
      run('2026-12-03', { id: 'tempo', hr: 160 }),
    ];
    const result = classificationOf(runs, 'tempo');
    expect(result.kind).toBe('easy');
    expect(result.reasons[1]).toMatch(/too few earlier easy runs with heart rate/);
  });
});

describe('races', () => {
  it('10.02 km run fast is a race, and quality', () => {
    const race = run('2026-12-06', { id: 'race', km: 10.02, pace: 4, hr: 175 });
    const result = classificationOf([...easyWeeks, race], 'race');
    expect(result).toMatchObject({ kind: 'quality', race: true });
    expect(result.reasons).toEqual([
      "Average heart rate 175, 25 % above your easy runs' 140.",
      '10.02 km, within 2 % of the 10 km race distance, run hard: a race.',
      'Pace 4:00/km, 27 % faster than your usual 5:30/km.',
    ]);
  });

  it('a 10 km run at the usual pace and heart rate is not a race', () => {
    const loop = run('2026-12-02', { id: 'loop', km: 10, hr: 141 });
    expect(classificationOf([...easyWeeks, loop], 'loop')).toMatchObject({
      kind: 'easy',
      race: false,
    });
  });

  it('a half marathon raced as the week’s longest run is long and a race', () => {
    const half = run('2026-12-06', { id: 'half', km: 21.2, pace: 4.5, hr: 165 });
    const result = classificationOf([...easyWeeks, half], 'half');
    expect(result).toMatchObject({ kind: 'long', race: true });
    expect(result.reasons[1]).toMatch(/half marathon race distance/);
  });
});

describe('what is classified', () => {
  it('only running, every run in the order given', () => {
    const runs = [
      run('2026-12-01', { id: 'ride', sport: 'cycling', km: 40 }),
      run('2026-12-02', { id: 'a' }),
      run('2026-12-03', { id: 'b' }),
    ];
    expect(classifyRuns(runs).map((c) => c.runId)).toEqual(['a', 'b']);
  });

  it('a run with no distance and no time is easy, and says so', () => {
    const blank = {
      ...run('2026-12-01', { id: 'blank', km: null, minutes: 0 }),
      elapsedSeconds: 0,
    };
    expect(classificationOf([blank], 'blank')).toEqual({
      runId: 'blank',
      kind: 'easy',
      race: false,
      reasons: ['No distance or time recorded: counted as easy.'],
    });
  });
});
