import { describe, expect, it } from 'vitest';
import {
  adherenceSeries,
  describeTrend,
  type ExerciseHistory,
  exerciseSeries,
  formatLoad,
  formatRate,
  formatSet,
  formatVolume,
  hasData,
  loggedExercises,
  massValue,
  mostRecentExercise,
  weeklySeries,
} from './progress-data';

const set = (exerciseId: string, performedOn: string) => ({
  exerciseId,
  performedOn,
  reps: 8,
  seconds: null,
  loadKg: 20,
});

const history = (days: Partial<ExerciseHistory['days'][number]>[]): ExerciseHistory => ({
  exerciseId: 'goblet-squat',
  exerciseName: 'Goblet squat',
  from: '2026-01-01',
  to: '2027-01-01',
  days: days.map((d, i) => ({
    performedOn: `2026-06-0${i + 1}`,
    sets: [],
    bestSet: { setNumber: 1, reps: 8, seconds: null, loadKg: null, band: null },
    totalReps: 0,
    totalSeconds: 0,
    volumeLoadKg: 0,
    estimatedOneRepMaxKg: null,
    ...d,
  })),
});

describe('the exercise picker', () => {
  const names: Record<string, string> = { 'goblet-squat': 'Goblet squat', plank: 'Plank' };

  it('lists each logged exercise once, named, by name, with its last date and set count', () => {
    const list = loggedExercises(
      [
        set('plank', '2026-05-01'),
        set('goblet-squat', '2026-05-02'),
        set('plank', '2026-05-09'),
        set('retired-move', '2026-05-03'),
      ],
      (id) => names[id],
    );
    expect(list).toEqual([
      { id: 'goblet-squat', name: 'Goblet squat', lastOn: '2026-05-02', sets: 1 },
      { id: 'plank', name: 'Plank', lastOn: '2026-05-09', sets: 2 },
      { id: 'retired-move', name: 'retired-move', lastOn: '2026-05-03', sets: 1 },
    ]);
    expect(mostRecentExercise(list)).toBe('plank');
  });

  it('opens on nothing when nothing is logged', () => {
    expect(loggedExercises([], () => undefined)).toEqual([]);
    expect(mostRecentExercise([])).toBeUndefined();
  });
});

describe('units', () => {
  it('keeps kg as logged and writes pounds to one decimal', () => {
    expect(massValue(20, 'metric')).toBe(20);
    expect(massValue(16, 'imperial')).toBe(35.3);
    expect(formatLoad(20, 'imperial')).toBe('44.1 lb');
    expect(formatLoad(22.5, 'metric')).toBe('22.5 kg');
    expect(formatVolume(1260, 'metric')).toBe('1,260 kg');
    expect(formatVolume(1260, 'imperial')).toBe('2,778 lb');
  });

  it('writes a set the way a runner says it', () => {
    const base = { setNumber: 1, reps: null, seconds: null, loadKg: null, band: null };
    expect(formatSet({ ...base, reps: 8, loadKg: 20 }, 'metric')).toBe('8 × 20 kg');
    expect(formatSet({ ...base, reps: 8, loadKg: 20 }, 'imperial')).toBe('8 × 44.1 lb');
    expect(formatSet({ ...base, reps: 1 }, 'metric')).toBe('1 rep');
    expect(formatSet({ ...base, reps: 10, band: 'heavy' }, 'metric')).toBe('10 reps, heavy band');
    expect(formatSet({ ...base, seconds: 45 }, 'metric')).toBe('45 s');
    expect(formatSet({ ...base, seconds: 45, loadKg: 10 }, 'metric')).toBe('45 s, 10 kg');
  });

  it('writes a rate as a percentage, and no rate as a dash', () => {
    expect(formatRate(0.667)).toBe('67 %');
    expect(formatRate(null)).toBe('—');
  });
});

describe('chart series', () => {
  it('charts reps, the best load and the estimated 1RM in the runner’s units', () => {
    const series = exerciseSeries(
      history([
        {
          totalReps: 24,
          bestSet: { setNumber: 1, reps: 8, seconds: null, loadKg: 20, band: null },
          estimatedOneRepMaxKg: { epley: 25.3, brzycki: 24.8 },
        },
        { totalReps: 30 },
      ]),
      'imperial',
    );
    expect(series.amount).toBe('reps');
    expect(series.dates).toEqual(['2026-06-01', '2026-06-02']);
    expect(series.x).toEqual([Date.UTC(2026, 5, 1) / 1000, Date.UTC(2026, 5, 2) / 1000]);
    expect(series.values.amount).toEqual([24, 30]);
    expect(series.values.load).toEqual([44.1, null]);
    expect(series.values.oneRepMax).toEqual([55.8, null]);
    expect(series.hasLoad).toBe(true);
    expect(series.hasOneRepMax).toBe(true);
  });

  it('charts seconds for a hold, and says when there is no load to chart', () => {
    const series = exerciseSeries(history([{ totalSeconds: 90 }, { totalSeconds: 120 }]), 'metric');
    expect(series.amount).toBe('seconds');
    expect(series.values.amount).toEqual([90, 120]);
    expect(series.hasLoad).toBe(false);
    expect(series.hasOneRepMax).toBe(false);
  });

  it('charts weekly sets, volume load in whole units and session load by week start', () => {
    const week = {
      week: '2027-W01',
      weekStart: '2027-01-04',
      weekEnd: '2027-01-10',
      sets: 12,
      totalReps: 96,
      totalSeconds: 0,
      volumeLoadKg: 1260,
      sessionsLogged: 2,
      sessionLoad: 420,
    };
    const series = weeklySeries({ from: '', to: '', weeks: [week] }, 'imperial');
    expect(series.dates).toEqual(['2027-01-04']);
    expect(series.values).toEqual({ sets: [12], volume: [2778], sessionLoad: [420] });
  });

  it('charts adherence as planned and done per plan week', () => {
    const series = adherenceSeries({
      from: '',
      to: '',
      weeks: [
        {
          index: 1,
          startDate: '2027-01-04',
          endDate: '2027-01-10',
          phase: 'foundation',
          planned: 2,
          skipped: 0,
          done: 1,
          rate: 0.5,
        },
      ],
      totals: { planned: 2, skipped: 0, done: 1, rate: 0.5 },
    });
    expect(series.values).toEqual({ planned: [2], done: [1] });
  });

  it('knows a series of zeros and gaps has nothing to draw', () => {
    expect(hasData([0, null, 0])).toBe(false);
    expect(hasData([0, 3])).toBe(true);
    expect(hasData(undefined)).toBe(false);
  });
});

describe('a chart in one sentence', () => {
  const kg = (n: number) => `${n} kg`;
  const date = (d: string) => d.slice(5);

  it('names the first, the last and the highest value with their dates', () => {
    expect(describeTrend(['2027-01-01', '2027-01-08', '2027-01-15'], [20, 24, 22], kg, date)).toBe(
      'From 20 kg on 01-01 to 22 kg on 01-15; highest 24 kg on 01-08.',
    );
  });

  it('skips gaps, and says so when there is one value or none', () => {
    expect(describeTrend(['2027-01-01', '2027-01-08'], [null, 24], kg, date)).toBe(
      '24 kg on 01-08.',
    );
    expect(describeTrend(['2027-01-01'], [null], kg, date)).toBe('Nothing to show yet.');
  });
});
