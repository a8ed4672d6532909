import { describe, expect, it } from 'vitest';
import { elevationGainMeters } from './elevation-gain';
import { haversineMeters } from './haversine';
import { summarizeTrack, type TrackPoint } from './track-summary';

const at = (
  second: number,
  lat: number | null = 52,
  extra: Partial<TrackPoint> = {},
): TrackPoint => ({
  time: { ms: Date.UTC(2024, 0, 1) + second * 1000, iso: `t${second}` },
  lat,
  lon: lat === null ? null : 4,
  elevation: null,
  heartRate: null,
  ...extra,
});

describe('haversineMeters', () => {
  it('gives 1° of latitude as 111.2 km and 1° of longitude at 60° as half that', () => {
    expect(haversineMeters(0, 0, 1, 0)).toBeCloseTo(111_195, -1);
    expect(haversineMeters(60, 0, 60, 1)).toBeCloseTo(55_597, -1);
    expect(haversineMeters(52, 4, 52, 4)).toBe(0);
  });
});

describe('elevationGainMeters', () => {
  it('smooths one-sample noise and sums the rises within each segment only', () => {
    // A 1 m spike: raw gain 1; smoothed 10, 10.3, 10.4, 10.3, 10 (ends kept), so 0.4.
    expect(elevationGainMeters([[10, 10, 11, 10, 10]])).toBeCloseTo(0.4, 6);
    // A steady climb keeps its full height; the 100 m step between segments is not climbed.
    expect(
      elevationGainMeters([
        [0, 5, 10, 15, 20],
        [120, 120],
      ]),
    ).toBeCloseTo(20, 6);
    expect(elevationGainMeters([[5], []])).toBeNull();
  });
});

describe('summarizeTrack', () => {
  it('excludes gaps over 30 s and the time between segments from moving time', () => {
    const summary = summarizeTrack([
      [at(0), at(10), at(40), at(71), at(75)],
      [at(200), at(205)],
    ]);
    // 10 + 30 (exactly 30 counts) + 4 in segment 1 (the 31 s gap does not), 5 in segment 2.
    expect(summary).toMatchObject({ elapsedSeconds: 205, movingSeconds: 49 });
  });

  it('skips points without position or heart rate instead of treating them as zeros', () => {
    const summary = summarizeTrack([
      [
        at(0, 52, { heartRate: 100 }),
        at(1, null, { heartRate: 0 }),
        at(2, 52.001, { heartRate: 120 }),
      ],
    ]);
    expect(summary?.distanceMeters).toBeCloseTo(111.2, 1);
    expect(summary).toMatchObject({ avgHeartRate: 110, maxHeartRate: 120, hasGps: true });
  });

  it('says null for no points and no distance without positions', () => {
    expect(summarizeTrack([[], []])).toBeNull();
    expect(summarizeTrack([[at(0, null), at(5, null)]])).toMatchObject({
      distanceMeters: null,
      hasGps: false,
    });
  });
});
