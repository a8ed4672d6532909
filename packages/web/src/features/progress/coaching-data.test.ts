import { describe, expect, it } from 'vitest';
import {
  type CoachingChange,
  changeMarkers,
  changesForExercise,
  deloadMarkers,
  earlyDeloadWeeks,
  groupChanges,
  nextPrescription,
  nextPrescriptionWords,
  oneRepMaxFor,
  oneRepMaxWords,
  type PlanDayLike,
  rulesOf,
  ruleWords,
  splitByHorizon,
  withNextPrescription,
} from './coaching-data';
import { epochSeconds } from './dates';
import type { ExerciseSeries } from './progress-data';

const squatWhy =
  'Every set reached 12 reps at or below RPE 8 on Tuesday 1 December 2026: 18 kg next (B13).';
const squat = (date: string, overrides: Partial<CoachingChange> = {}): CoachingChange => ({
  sessionId: `${date}-strength`,
  date,
  exerciseId: 'goblet-squat',
  rule: 'B13',
  what: 'Goblet squat: 16 kg × 12 → 18 kg × 8',
  why: squatWhy,
  ...overrides,
});
const plank: CoachingChange = {
  sessionId: '2026-12-03-strength',
  date: '2026-12-03',
  exerciseId: 'plank',
  rule: 'B13',
  what: 'Plank: 35 s → 40 s',
  why: 'Every set reached 35 s at or below RPE 7 (B13).',
};
const deload = (date: string): CoachingChange => ({
  sessionId: `${date}-strength`,
  date,
  rule: 'B19',
  what: 'Lighter: 2 of 3 sets',
  why: 'Your sessions averaged RPE 8.5 … an early deload (B19).',
});

describe('the coach’s changes per exercise', () => {
  it('folds the same change on later sessions into its first date, in date order', () => {
    const groups = changesForExercise(
      [squat('2026-12-10'), plank, squat('2026-12-03'), squat('2026-12-17')],
      'goblet-squat',
    );
    expect(groups).toEqual([
      {
        date: '2026-12-03',
        sessionId: '2026-12-03-strength',
        rule: 'B13',
        what: 'Goblet squat: 16 kg × 12 → 18 kg × 8',
        why: squatWhy,
        laterDates: ['2026-12-10', '2026-12-17'],
      },
    ]);
  });

  it('keeps different changes apart, and only the exercise asked for', () => {
    const pain = squat('2026-12-10', {
      rule: 'B26',
      what: 'Goblet squat → Box squat',
      why: 'Pain 6/10 (B26).',
    });
    const groups = changesForExercise(
      [squat('2026-12-03'), pain, plank, deload('2026-12-08')],
      'goblet-squat',
    );
    expect(groups.map((g) => [g.date, g.rule])).toEqual([
      ['2026-12-03', 'B13'],
      ['2026-12-10', 'B26'],
    ]);
    expect(rulesOf([...groups, ...groups])).toBe('B13 B26');
    expect(groupChanges([deload('2026-12-08'), deload('2026-12-10')])).toHaveLength(1);
  });

  it('draws the coming two weeks’ changes; later ones are listed apart', () => {
    const groups = changesForExercise(
      [
        squat('2026-12-03'),
        squat('2026-12-15', { what: 'Goblet squat: 16 kg × 6 → 18 kg × 4' }),
        squat('2026-12-16', { what: 'Goblet squat: 16 kg × 6 → 18 kg × 5' }),
      ],
      'goblet-squat',
    );
    const { near, later } = splitByHorizon(groups, '2026-12-02');
    expect(near.map((g) => g.date)).toEqual(['2026-12-03', '2026-12-15']);
    expect(later.map((g) => g.date)).toEqual(['2026-12-16']);
  });

  it('names the rules in words, and leaves an unknown one as its id', () => {
    expect(ruleWords('B13')).toBe('B13, double progression');
    expect(ruleWords('B26')).toBe('B26, pain gate');
    expect(ruleWords('override')).toBe('your own choice');
    expect(ruleWords('B99')).toBe('B99');
  });
});

const days: PlanDayLike[] = [
  {
    date: '2026-12-01',
    sessions: [
      {
        id: '2026-12-01-strength',
        exercises: [
          { exerciseId: 'goblet-squat', sets: 3, reps: 12, load: { kind: 'kg', kg: 16 } },
        ],
      },
    ],
  },
  {
    date: '2026-12-03',
    sessions: [
      {
        id: '2026-12-03-strength',
        skipped: true,
        exercises: [{ exerciseId: 'goblet-squat', sets: 3, reps: 8, load: { kind: 'kg', kg: 18 } }],
      },
    ],
  },
  {
    date: '2026-12-08',
    sessions: [
      {
        id: '2026-12-08-strength',
        exercises: [
          { exerciseId: 'plank', sets: 3, seconds: 40, load: { kind: 'none' } },
          {
            exerciseId: 'goblet-squat',
            sets: 3,
            repsBySet: [8, 8, 6],
            load: { kind: 'kg', kg: 18 },
          },
        ],
      },
    ],
  },
];

describe('the next prescription', () => {
  it('is the first session from today on, not skipped, with the exercise', () => {
    expect(nextPrescription(days, 'goblet-squat', '2026-12-02')).toEqual({
      date: '2026-12-08',
      sessionId: '2026-12-08-strength',
      total: 22,
      unit: 'reps',
      loadKg: 18,
    });
    expect(nextPrescription(days, 'goblet-squat', '2026-12-01')).toMatchObject({
      date: '2026-12-01',
      total: 36,
      loadKg: 16,
    });
    expect(nextPrescription(days, 'plank', '2026-12-01')).toMatchObject({
      total: 120,
      unit: 'seconds',
      loadKg: null,
    });
    expect(nextPrescription(days, 'nordic-curl', '2026-12-01')).toBeUndefined();
  });

  it('reads in words, with its rules', () => {
    const next = nextPrescription(days, 'goblet-squat', '2026-12-02');
    if (!next) throw new Error('expected a prescription');
    expect(nextPrescriptionWords(next, 'B13', 'metric', (d) => d)).toBe(
      'Next, 2026-12-08: 22 reps over the sets, 18 kg (B13).',
    );
  });
});

const history: ExerciseSeries = {
  dates: ['2026-11-24', '2026-12-01'],
  x: [epochSeconds('2026-11-24'), epochSeconds('2026-12-01')],
  values: { amount: [30, 36], load: [14, 16], oneRepMax: [19, 22] },
  amount: 'reps',
  hasLoad: true,
  hasOneRepMax: true,
};

describe('marks on the exercise charts', () => {
  const groups = changesForExercise([squat('2026-12-08'), squat('2026-12-15')], 'goblet-squat');
  const next = nextPrescription(days, 'goblet-squat', '2026-12-02');

  it('adds the next prescription as its own points at its date, labelled with the rule', () => {
    const coached = withNextPrescription(history, next, groups, 'metric');
    expect(coached.dates).toEqual(['2026-11-24', '2026-12-01', '2026-12-08']);
    expect(coached.values.amount).toEqual([30, 36, null]);
    expect(coached.values.load).toEqual([14, 16, null]);
    expect(coached.values.nextAmount).toEqual([null, null, 22]);
    expect(coached.values.nextLoad).toEqual([null, null, 18]);
    expect(coached.labels).toEqual([null, null, 'B13']);
  });

  it('converts the next load to pounds for an imperial runner', () => {
    expect(withNextPrescription(history, next, groups, 'imperial').values.nextLoad?.[2]).toBe(39.7);
  });

  it('draws no point when the coach changed nothing on the next session', () => {
    const elsewhere = changesForExercise([squat('2026-12-15')], 'goblet-squat');
    const plain = withNextPrescription(history, next, elsewhere, 'metric');
    expect(plain.dates).toEqual(history.dates);
    expect(plain.values.nextAmount).toEqual([null, null]);
    expect(plain.labels).toEqual([null, null]);
    expect(withNextPrescription(history, undefined, groups, 'metric').labels).toEqual([null, null]);
  });

  it('puts the point on a date already charted without adding a second x', () => {
    const today = nextPrescription(days, 'goblet-squat', '2026-12-01');
    const onToday = changesForExercise([squat('2026-12-01')], 'goblet-squat');
    const coached = withNextPrescription(history, today, onToday, 'metric');
    expect(coached.dates).toEqual(history.dates);
    expect(coached.values.nextLoad).toEqual([null, 16]);
  });

  it('marks each first date of a change; the point’s date carries no second label', () => {
    const groups2 = [
      ...groups,
      ...changesForExercise(
        [squat('2026-12-22', { rule: 'B26', what: 'Lighter', why: 'Pain (B26).' })],
        'goblet-squat',
      ),
    ];
    expect(changeMarkers(groups2, '2026-12-08')).toEqual([
      { x: epochSeconds('2026-12-08'), label: '' },
      { x: epochSeconds('2026-12-22'), label: 'B26' },
    ]);
    expect(changeMarkers(groups2, undefined)[0]?.label).toBe('B13');
  });
});

describe('weeks the coach deloaded early (B19)', () => {
  it('are one per week, on its Monday, with the reason', () => {
    const weeks = earlyDeloadWeeks([
      deload('2026-12-10'),
      plank,
      deload('2026-12-08'),
      deload('2026-12-15'),
    ]);
    expect(weeks).toEqual([
      { weekStart: '2026-12-07', dates: ['2026-12-08', '2026-12-10'], why: deload('x').why },
      { weekStart: '2026-12-14', dates: ['2026-12-15'], why: deload('x').why },
    ]);
    expect(deloadMarkers(weeks)).toEqual([
      { x: epochSeconds('2026-12-07'), label: 'B19 deload' },
      { x: epochSeconds('2026-12-14'), label: 'B19 deload' },
    ]);
  });
});

describe('the estimated 1RM (B17, B18)', () => {
  const coaching = {
    planId: 'p',
    today: '2026-12-02',
    changes: [],
    oneRepMax: [
      {
        exerciseId: 'goblet-squat',
        epleyKg: 22.4,
        brzyckiKg: 21.8,
        from: { performedOn: '2026-12-01', reps: 12, loadKg: 16, rpe: 6.5 },
      },
    ],
  };

  it('is found for the exercise, and says both estimates and the set they came from', () => {
    const estimate = oneRepMaxFor(coaching, 'goblet-squat');
    if (!estimate) throw new Error('expected an estimate');
    expect(oneRepMaxFor(coaching, 'plank')).toBeUndefined();
    expect(oneRepMaxFor(null, 'goblet-squat')).toBeUndefined();
    expect(oneRepMaxWords(estimate, 'metric', (d) => d)).toBe(
      '22.4 kg by Epley, 21.8 kg by Brzycki, from 12 × 16 kg at RPE 6.5 on 2026-12-01',
    );
    expect(
      oneRepMaxWords({ ...estimate, from: { ...estimate.from, rpe: null } }, 'imperial', (d) => d),
    ).toBe('49.4 lb by Epley, 48.1 lb by Brzycki, from 12 × 35.3 lb on 2026-12-01');
  });
});
