import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate, weekdayOf } from '../calendar/iso-date';
import { lap, run } from '../test-support/runs';
import { classifyRuns } from './classify-runs';
import { inferRunningWeek } from './infer-running-week';
import type { RunRecord } from './run-record';

const d = (s: string) => s as IsoDate;
const intervals = [
  lap(2, 5.5),
  ...Array.from({ length: 5 }, () => [lap(1, 4), lap(0.4, 7)]).flat(),
];

/**
 * Ten weeks from Monday 2026-09-28: Tuesday intervals, Wednesday easy 8 km, Thursday tempo
 * (heart rate 158 against 140), Saturday easy 6 km, Sunday long 20 km — except one week whose
 * long run was on Saturday.
 */
const tenWeeks = (): RunRecord[] => {
  const runs: RunRecord[] = [];
  for (let i = 0; i < 70; i++) {
    const date = addDays(d('2026-09-28'), i);
    const movedWeek = i >= 49 && i < 56;
    switch (weekdayOf(date)) {
      case 'tue':
        runs.push(run(date, { km: 9, hr: 150, laps: intervals }));
        break;
      case 'wed':
        runs.push(run(date, { km: 8, hr: 140 }));
        break;
      case 'thu':
        runs.push(run(date, { km: 10, hr: 158 }));
        break;
      case 'sat':
        runs.push(run(date, movedWeek ? { km: 20, hr: 140 } : { km: 6, hr: 140 }));
        break;
      case 'sun':
        runs.push(run(date, movedWeek ? { km: 6, hr: 140 } : { km: 20, hr: 140 }));
        break;
    }
  }
  return runs;
};

describe('the usual week from the last 8 weeks', () => {
  it('finds Sunday long, Tuesday and Thursday quality, with the evidence', () => {
    const runs = tenWeeks();
    // Today is Wednesday after the tenth week; its own Monday and Tuesday are ignored.
    const runsThisWeek = [run('2026-12-07', { km: 30 }), run('2026-12-08', { km: 30 })];
    const all = [...runs, ...runsThisWeek];
    const suggestion = inferRunningWeek(all, classifyRuns(all), d('2026-12-09'));
    expect(suggestion?.runningWeek).toEqual({
      mon: 'rest',
      tue: 'quality',
      wed: 'easy',
      thu: 'quality',
      fri: 'rest',
      sat: 'easy',
      sun: 'long',
    });
    expect(suggestion?.weeksSeen).toBe(8);
    expect(suggestion?.evidence).toEqual([
      'Runs in 8 of the 8 weeks from 2026-10-12 to 2026-12-06.',
      'Long run on Sunday in 7 of 8 weeks (latest 2026-12-06, 20.0 km).',
      'Quality on Tuesday in 8 of 8 weeks (latest 2026-12-01).',
      'Quality on Thursday in 8 of 8 weeks (latest 2026-12-03).',
      'Easy runs on Wednesday, Saturday: run on in at least half the weeks.',
    ]);
  });

  it('never infers a race day, even from races', () => {
    const runs = tenWeeks().map((r) =>
      r.start.startsWith('2026-11-29') ? run('2026-11-29', { km: 10.02, pace: 4, hr: 175 }) : r,
    );
    const suggestion = inferRunningWeek(runs, classifyRuns(runs), d('2026-12-07'));
    expect(Object.values(suggestion?.runningWeek ?? {})).not.toContain('race');
  });

  it('suggests nothing from fewer than 3 weeks with runs', () => {
    const runs = tenWeeks().filter((r) => r.start >= '2026-11-23');
    expect(inferRunningWeek(runs, classifyRuns(runs), d('2026-12-07'))).toBeUndefined();
  });

  it('with no weekday holding the long run in half the weeks, no long day', () => {
    const runs: RunRecord[] = [];
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    for (let week = 0; week < 6; week++) {
      const monday = addDays(d('2026-10-26'), week * 7);
      runs.push(run(monday, { km: 8 }), run(addDays(monday, 2), { km: 8 }));
      runs.push(run(addDays(monday, week), { id: `long-${week}`, km: 20 }));
    }
    const suggestion = inferRunningWeek(runs, classifyRuns(runs), d('2026-12-07'));
    expect(days.map((day) => suggestion?.runningWeek[day as 'mon'])).not.toContain('long');
    expect(suggestion?.evidence[1]).toMatch(/No weekday held the long run/);
  });
});
