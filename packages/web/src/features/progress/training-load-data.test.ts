import { describe, expect, it } from 'vitest';
import { epochSeconds } from './dates';
import {
  dailyLoadSeries,
  describeDailyLoad,
  describeFitness,
  fitnessSeries,
  formatMonotony,
  formatStrain,
  hasLoad,
  type LoadView,
  loadMethodLabel,
  ratioSentence,
} from './training-load-data';

const NOTE =
  'A description of the last week against the last four, not a rule: the plan never changes on it (B35).';

const view = (fields: Partial<LoadView> = {}): LoadView => ({
  from: '2027-01-04',
  to: '2027-01-06',
  days: [
    { date: '2027-01-04', running: 300, strength: 0 },
    { date: '2027-01-05', running: 0, strength: 245 },
    { date: '2027-01-06', running: 420, strength: 210 },
  ],
  weeks: [],
  acuteChronic: { ratio: 1.0834, note: NOTE },
  fitnessFatigue: [
    { date: '2027-01-05', fitness: 100, fatigue: 60, form: -20 },
    { date: '2027-01-06', fitness: 147.654, fatigue: 102.004, form: -56.354 },
  ],
  runLoads: [],
  ...fields,
});

describe('the daily load chart', () => {
  it('stacks running over strength: the bar is their sum, strength drawn over its foot', () => {
    const series = dailyLoadSeries(view());
    expect(series.x).toEqual(['2027-01-04', '2027-01-05', '2027-01-06'].map(epochSeconds));
    expect(series.values.stack).toEqual([300, 245, 630]);
    expect(series.values.strength).toEqual([null, 245, 210]);
    expect(series.values.running).toEqual([300, null, 420]);
  });

  it('leaves days without load as gaps, and knows when there is nothing to draw', () => {
    const empty = view({ days: [{ date: '2027-01-04', running: 0, strength: 0 }] });
    expect(dailyLoadSeries(empty).values.stack).toEqual([null]);
    expect(hasLoad(empty)).toBe(false);
    expect(hasLoad(view())).toBe(true);
    expect(describeDailyLoad(empty, (d) => d)).toBe('No load in these weeks.');
  });

  it('says each kind’s total and the biggest day in a sentence', () => {
    expect(describeDailyLoad(view(), (d) => d)).toBe(
      'Running 720 and strength 455 over 3 days; the biggest day was 2027-01-06 at 630.',
    );
  });
});

describe('fitness and fatigue (B36)', () => {
  it('draws each line to one decimal, form below zero included', () => {
    const series = fitnessSeries(view());
    expect(series.values.fitness).toEqual([100, 147.7]);
    expect(series.values.fatigue).toEqual([60, 102]);
    expect(series.values.form).toEqual([-20, -56.4]);
  });

  it('says the last day’s values', () => {
    expect(describeFitness(view(), (d) => d)).toBe(
      'On 2027-01-06: fitness 147.7, fatigue 102, form -56.4.',
    );
    expect(describeFitness(view({ fitnessFatigue: [] }), (d) => d)).toBe('Nothing to show yet.');
  });
});

describe('words for the tables', () => {
  it('B35: the acute:chronic ratio is described with the server’s note, never judged', () => {
    expect(ratioSentence(view().acuteChronic)).toBe(
      `Acute:chronic ratio 1.08: your average daily load over the last 7 days is 1.08 times your average over the last 28. ${NOTE}`,
    );
    expect(ratioSentence({ ratio: null, note: 'Only a description' })).toBe(
      'There is no acute:chronic ratio yet: the last 28 days hold no load to compare with. Only a description.',
    );
  });

  it('names how each run’s load was counted', () => {
    expect(loadMethodLabel('rpe')).toBe('Your effort rating (RPE) × minutes');
    expect(loadMethodLabel('heart-rate')).toBe('Heart rate');
    expect(loadMethodLabel('duration')).toBe('Duration only');
    expect(loadMethodLabel('power')).toBe('power');
  });

  it('B34: monotony to two decimals, strain whole, a dash when a week gives none', () => {
    expect(formatMonotony(1.2345)).toBe('1.23');
    expect(formatMonotony(null)).toBe('—');
    expect(formatStrain(2418.6)).toBe('2,419');
    expect(formatStrain(null)).toBe('—');
  });
});
