import fc from 'fast-check';
import { addDays, type IsoDate, weekdayOf } from '../calendar/iso-date';
import { WEEKDAYS, type Weekday } from '../calendar/weekday';
import type { RunLap, RunRecord } from '../runs/run-record';

export interface RunSpec {
  id?: string;
  km?: number | null;
  /** Minutes per km; with `km` it gives the time. */
  pace?: number;
  /** Moving minutes, when there is no distance (or to override km × pace). */
  minutes?: number;
  hr?: number | null;
  maxHr?: number | null;
  laps?: RunLap[];
  rpe?: number | null;
  sport?: string;
}

/** A run on a date, at 07:00 local time: 10 km at 5:30/km and no heart rate unless told. */
export const run = (date: string, spec: RunSpec = {}): RunRecord => {
  const km = spec.km === undefined ? 10 : spec.km;
  const minutes = spec.minutes ?? (km ?? 0) * (spec.pace ?? 5.5);
  return {
    id: spec.id ?? `${date}-${spec.sport ?? 'running'}-${km ?? minutes}`,
    start: `${date}T07:00:00+01:00`,
    sport: spec.sport ?? 'running',
    elapsedSeconds: Math.round(minutes * 60) + 30,
    movingSeconds: Math.round(minutes * 60),
    distanceMeters: km === null ? null : Math.round(km * 1000),
    avgHeartRate: spec.hr ?? null,
    maxHeartRate: spec.maxHr ?? null,
    laps: spec.laps ?? [],
    ...(spec.rpe !== undefined ? { rpe: spec.rpe } : {}),
  };
};

/** A lap of `km` at `pace` minutes per km. */
export const lap = (km: number, pace: number): RunLap => ({
  elapsedSeconds: Math.round(km * pace * 60),
  distanceMeters: Math.round(km * 1000),
  avgHeartRate: null,
});

/** Every date from `from` for `days` days whose weekday is `weekday`. */
export const datesOn = (weekday: Weekday, from: IsoDate, days: number): IsoDate[] =>
  Array.from({ length: days }, (_, i) => addDays(from, i)).filter((d) => weekdayOf(d) === weekday);

/**
 * Random running histories over the five weeks before `today`: a long-run weekday (one of
 * `longDays`, often not the profile's), easy days, each week scaled up or down (so volume jumps happen), sometimes a fast
 * 10 km race in the last three days, with or without heart rate.
 */
export const arbitraryRunHistory = (
  today: IsoDate,
  longDays: readonly Weekday[] = WEEKDAYS,
): fc.Arbitrary<RunRecord[]> =>
  fc
    .record({
      longDay: fc.constantFrom(...longDays),
      easyDays: fc.subarray([...WEEKDAYS], { minLength: 1, maxLength: 5 }),
      scales: fc.array(fc.double({ min: 0.4, max: 2.2, noNaN: true }), {
        minLength: 5,
        maxLength: 5,
      }),
      raceDaysAgo: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 2 }),
      heartRate: fc.boolean(),
    })
    .map(({ longDay, easyDays, scales, raceDaysAgo, heartRate }) => {
      const runs: RunRecord[] = [];
      for (let i = 35; i >= 1; i--) {
        const date = addDays(today, -i);
        const scale = scales[Math.floor((i - 1) / 7)] ?? 1;
        const hr = heartRate ? 140 : null;
        if (i === raceDaysAgo) {
          runs.push(
            run(date, { id: `race-${date}`, km: 10.05, pace: 4.2, hr: heartRate ? 172 : null }),
          );
        } else if (weekdayOf(date) === longDay) {
          runs.push(run(date, { km: 20 * scale, hr }));
        } else if (easyDays.includes(weekdayOf(date))) {
          runs.push(run(date, { km: 8 * scale, hr }));
        }
      }
      return runs;
    });
