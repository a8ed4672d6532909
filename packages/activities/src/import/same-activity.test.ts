import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Activity, Sport } from '../activity';
import { isSameActivity, mergeDuplicates } from './same-activity';

const activity = (overrides: Partial<Activity>): Activity => ({
  file: 'a.fit',
  format: 'fit',
  indexInFile: 0,
  sport: 'running',
  subSport: null,
  start: '2024-05-01T07:00:00Z',
  startIsDeviceRelative: false,
  elapsedSeconds: 3600,
  movingSeconds: 3500,
  distanceMeters: 10_000,
  elevationGainMeters: null,
  avgHeartRate: null,
  maxHeartRate: null,
  laps: [],
  hasGps: true,
  ...overrides,
});

const LAP = {
  start: '2024-05-01T07:00:00Z',
  elapsedSeconds: 3600,
  movingSeconds: 3500,
  distanceMeters: 10_000,
  avgHeartRate: null,
  maxHeartRate: null,
};

describe('isSameActivity', () => {
  it('matches the same sport starting within 60 s with distances within 2 %', () => {
    const a = activity({});
    expect(
      isSameActivity(a, activity({ start: '2024-05-01T07:01:00Z', distanceMeters: 10_200 })),
    ).toBe(true);
    expect(isSameActivity(a, activity({ start: '2024-05-01T07:01:01Z' }))).toBe(false);
    expect(isSameActivity(a, activity({ distanceMeters: 10_205 }))).toBe(false);
    expect(isSameActivity(a, activity({ sport: 'cycling' }))).toBe(false);
  });

  it('never matches an undated activity, and matches missing distances only with missing ones', () => {
    expect(isSameActivity(activity({ start: null }), activity({ start: null }))).toBe(false);
    expect(
      isSameActivity(activity({ distanceMeters: null }), activity({ distanceMeters: null })),
    ).toBe(true);
    expect(isSameActivity(activity({ distanceMeters: null }), activity({}))).toBe(false);
  });
});

describe('mergeDuplicates', () => {
  it('keeps the richest of duplicates in the place the first was seen: laps, then heart rate, then a recording over a CSV row', () => {
    const row = activity({ file: 'activities.csv', format: 'strava-csv' });
    const other = activity({ file: 'ride.fit', sport: 'cycling' });
    const withHr = activity({
      file: 'hr.gpx',
      format: 'gpx',
      avgHeartRate: 150,
      maxHeartRate: 170,
    });
    const withLaps = activity({ file: 'laps.tcx', format: 'tcx', laps: [LAP] });
    const { kept, merged } = mergeDuplicates([row, other, withHr, withLaps, row]);
    expect(kept.map((a) => a.file)).toEqual(['laps.tcx', 'ride.fit']);
    expect(merged).toBe(3);
  });

  it('keeps the first of equally rich duplicates', () => {
    const { kept } = mergeDuplicates([
      activity({ file: 'first.fit' }),
      activity({ file: 'second.fit' }),
    ]);
    expect(kept.map((a) => a.file)).toEqual(['first.fit']);
  });

  /** The merge as it was first written: every activity against every one kept, in order. */
  const mergeByScan = (all: readonly Activity[]) => {
    const kept: Activity[] = [];
    const richness = (a: Activity) =>
      (a.laps.length > 0 ? 4 : 0) +
      (a.avgHeartRate !== null || a.maxHeartRate !== null ? 2 : 0) +
      (a.format === 'strava-csv' ? 0 : 1);
    let merged = 0;
    for (const a of all) {
      const at = kept.findIndex((k) => isSameActivity(k, a));
      if (at < 0) kept.push(a);
      else {
        merged++;
        const existing = kept[at];
        if (existing !== undefined && richness(a) > richness(existing)) kept[at] = a;
      }
    }
    return { kept, merged };
  };

  it('gives what comparing every pair gives, on random imports crowded into a few minutes', () => {
    const base = Date.UTC(2024, 4, 1, 7);
    const arbitrary: fc.Arbitrary<Activity> = fc
      .record({
        seconds: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
        sport: fc.constantFrom<Sport>('running', 'cycling'),
        distance: fc.option(fc.integer({ min: 9_800, max: 10_200 }), { nil: null }),
        laps: fc.boolean(),
        hr: fc.boolean(),
        csv: fc.boolean(),
      })
      .map(({ seconds, sport, distance, laps, hr, csv }) =>
        activity({
          start: seconds === null ? null : new Date(base + seconds * 1000).toISOString(),
          sport,
          distanceMeters: distance,
          laps: laps ? [LAP] : [],
          avgHeartRate: hr ? 150 : null,
          format: csv ? 'strava-csv' : 'fit',
          file: `f${seconds}-${distance}-${laps}-${hr}-${csv}`,
        }),
      );
    fc.assert(
      fc.property(fc.array(arbitrary, { maxLength: 60 }), (all) => {
        expect(mergeDuplicates(all)).toEqual(mergeByScan(all));
      }),
      { numRuns: 300 },
    );
  });

  it('merges a CSV of 20 000 distinct rows in well under a second (every pair: ~2·10⁸ checks)', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) =>
      activity({ start: new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString() }),
    );
    const started = performance.now();
    expect(mergeDuplicates(rows).kept).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
