import { describe, expect, it } from 'vitest';
import type { Activity, ParseResult } from '../activity';
import { parseFit } from './parse-fit';
import { readFitFixture } from './test-support/fit-fixture';

/**
 * One case per FIT fixture in /work/shared/fixtures/activities/fit. Expected numbers come from
 * fixtures/activities/SOURCES.md ("SOURCES"), which quotes each file's own session summary, and
 * are checked to the precision SOURCES gives them in (9.01 km: within 5 m; 47 min: within 30 s).
 * Where SOURCES gives no number, the comment names the message field the value comes from.
 */

function parse(name: string): ParseResult {
  return parseFit(readFitFixture(name), name);
}

function only(result: ParseResult): Activity {
  expect(result.activities).toHaveLength(1);
  const [activity] = result.activities;
  if (!activity) throw new Error('no activity');
  return activity;
}

/** `actual` equals `expected` to within `tolerance` (half the last digit SOURCES gives). */
function expectAbout(actual: number | null, expected: number, tolerance: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(tolerance);
}

const MINUTE = 60;

describe('parseFit on clean recordings', () => {
  it('reads the fenix 2 baseline run: 4 laps, 9.01 km, 47 min, GPS', () => {
    const result = parse('garmin-fenix2-run-4laps.fit');
    const run = only(result);
    expect(result.problems).toEqual([]);
    expect(run).toMatchObject({
      file: 'garmin-fenix2-run-4laps.fit',
      format: 'fit',
      indexInFile: 0,
      sport: 'running',
      // session start_time 808584308 (FIT epoch)
      start: '2015-08-15T14:45:08.000Z',
      startIsDeviceRelative: false,
      hasGps: true, // SOURCES: 2809 records, all GPS
    });
    expect(run.laps).toHaveLength(4); // SOURCES: 4 laps
    expectAbout(run.distanceMeters, 9010, 5); // SOURCES: 9.01 km
    expectAbout(run.elapsedSeconds, 47 * MINUTE, 30); // SOURCES: 47 min
  });

  it('leaves heart rate null when the session summary has none, though the records carry HR', () => {
    // The fenix 2 session has no avg/max_heart_rate fields (2808 records have HR): null, not an
    // average worked out by us.
    const run = only(parse('garmin-fenix2-run-4laps.fit'));
    expect(run.avgHeartRate).toBeNull();
    expect(run.maxHeartRate).toBeNull();
  });

  it('reads the FR110 old-profile run: 5 laps, 4.84 km, average HR 147', () => {
    const run = only(parse('garmin-fr110-run-5laps.fit'));
    expect(run.sport).toBe('running');
    expect(run.laps).toHaveLength(5); // SOURCES: 5 laps
    expectAbout(run.distanceMeters, 4840, 5); // SOURCES: 4.84 km
    expect(run.avgHeartRate).toBe(147); // SOURCES: avg HR 147
    expect(run.hasGps).toBe(true); // SOURCES: 583 of 590 records have GPS
    // The laps add up to the session: lap total_distance values 4 x 1000 m + 835.38 m.
    const lapDistance = run.laps.reduce((sum, lap) => sum + (lap.distanceMeters ?? 0), 0);
    expectAbout(lapDistance, run.distanceMeters ?? 0, 0.01);
  });

  it('reads the tiny fenix 5 run: 57 s, 158 m, one lap', () => {
    const run = only(parse('garmin-fenix5-run-tiny-hrv.fit'));
    expect(run.sport).toBe('running');
    expectAbout(run.elapsedSeconds, 57, 0.5); // SOURCES: 57 s
    expectAbout(run.distanceMeters, 158, 0.5); // SOURCES: 158 m
    expect(run.laps).toHaveLength(1); // lap messages in the file: 1
    expect(run.hasGps).toBe(true);
  });

  it('separates elapsed from timer time on the FR920XT run with 19 pauses', () => {
    const result = parse('garmin-fr920xt-run-pauses-devfields.fit');
    const run = only(result);
    expect(result.problems).toEqual([]); // developer fields are no problem
    expectAbout(run.elapsedSeconds, 8629, 0.5); // SOURCES: elapsed 8629 s
    expectAbout(run.movingSeconds, 6856, 0.5); // SOURCES: timer 6856 s
    expect(run.laps).toHaveLength(11); // SOURCES: 11 laps
    expectAbout(run.distanceMeters, 16_800, 50); // SOURCES: 16.8 km
    expect(run.hasGps).toBe(true);
  });

  it('reads the Stryd (non-Garmin) run with developer fields: 6.75 km, 57 min', () => {
    const result = parse('stryd-run-devfields.fit');
    const run = only(result);
    expect(result.problems).toEqual([]);
    expect(run.sport).toBe('running');
    expectAbout(run.distanceMeters, 6750, 5); // SOURCES: 6.75 km
    expectAbout(run.elapsedSeconds, 57 * MINUTE, 30); // SOURCES: 57 min
    expect(run.hasGps).toBe(true); // SOURCES: all 3424 records have GPS
  });
});

describe('parseFit on device-relative time and no GPS', () => {
  it('gives the FR70 foot-pod run no date, but its durations, distance and 11 laps', () => {
    const result = parse('garmin-fr70-run-footpod-nogps.fit');
    const run = only(result);
    expect(result.problems).toEqual([]);
    // SOURCES: time_created 17217864 < 0x10000000, so device "system time", not a 1990 date.
    expect(run.start).toBeNull();
    expect(run.startIsDeviceRelative).toBe(true);
    expect(run.laps).toHaveLength(11); // SOURCES: 11 laps
    expect(run.laps.every((lap) => lap.start === null)).toBe(true);
    expectAbout(run.distanceMeters, 10_200, 50); // SOURCES: 10.2 km
    // SOURCES: 2 timer stops, so timer time is below elapsed time (session: 3772.75 s of 3883.273 s).
    expect(run.movingSeconds).not.toBeNull();
    expect(run.movingSeconds ?? Number.POSITIVE_INFINITY).toBeLessThan(run.elapsedSeconds);
    expect(run.hasGps).toBe(false); // SOURCES: 0 of 755 records have GPS
    expect(run.avgHeartRate).toBe(170); // session avg_heart_rate
  });
});

describe('parseFit on multisport', () => {
  it('yields every leg of the chained triathlon file, with the 9.8 km run among them', () => {
    const result = parse('garmin-fr920xt-triathlon-chained.fit');
    expect(result.problems).toEqual([]);
    // SOURCES: 5 sessions (open-water swim, T1, bike, T2, run) across 4 chained FIT headers.
    expect(result.activities.map((leg) => leg.sport)).toEqual([
      'swimming',
      'other',
      'cycling',
      'other',
      'running',
    ]);
    expect(result.activities.map((leg) => leg.indexInFile)).toEqual([0, 1, 2, 3, 4]);
    expect(result.activities[0]?.subSport).toBe('open_water');
    const runs = result.activities.filter((leg) => leg.sport === 'running');
    expect(runs).toHaveLength(1);
    expectAbout(runs[0]?.distanceMeters ?? null, 9800, 50); // SOURCES: run leg 9.8 km
  });

  it('gives each triathlon leg its own lap, though legs meet within a second', () => {
    // The file has 5 lap messages, one per leg (each session: num_laps 1); the swim's span ends
    // 0.521 s after T1 starts, and T1's lap must still go to T1.
    const legs = parse('garmin-fr920xt-triathlon-chained.fit').activities;
    expect(legs.map((leg) => leg.laps.length)).toEqual([1, 1, 1, 1, 1]);
    for (const leg of legs) expect(leg.laps[0]?.start).toBe(leg.start);
  });
});

describe('parseFit on rides', () => {
  it('parses the COROS PACE 2 ride with misaligned fields: cycling, 4 laps, pauses', () => {
    const result = parse('coros-pace2-ride-misaligned-fields.fit');
    const ride = only(result);
    expect(result.problems).toEqual([]);
    expect(ride.sport).toBe('cycling'); // SOURCES: a ride, not a run
    expect(ride.laps).toHaveLength(4); // SOURCES: 4 laps
    // SOURCES: 6 timer stops (session: timer 11287 s of 12719 s elapsed).
    expect(ride.movingSeconds ?? Number.POSITIVE_INFINITY).toBeLessThan(ride.elapsedSeconds);
    expect(ride.hasGps).toBe(true); // SOURCES: 10305 of 11272 records have GPS
  });

  it('parses the short Wahoo ELEMNT BOLT ride whose developer_data_id lacks application_id', () => {
    const result = parse('wahoo-elemnt-bolt-ride-short.fit');
    const ride = only(result);
    expect(result.problems).toEqual([]);
    expect(ride.sport).toBe('cycling');
    expectAbout(ride.elapsedSeconds, 2 * MINUTE, 30); // SOURCES: small (2 min)
    // SOURCES: 2 timer stops (session: timer 132 s of 140 s elapsed).
    expect(ride.movingSeconds ?? Number.POSITIVE_INFINITY).toBeLessThan(ride.elapsedSeconds);
    expect(ride.hasGps).toBe(true); // SOURCES: 131 of 132 records have GPS
  });
});

describe('parseFit on broken files', () => {
  it('imports the Strava Android summary written before the damage, and says the file is cut short', () => {
    const result = parse('strava-android-run-malformed.fit');
    const run = only(result);
    expect(run.sport).toBe('running');
    expectAbout(run.distanceMeters, 11_270, 5); // SOURCES: 11.27 km
    expectAbout(run.elapsedSeconds, 3558, 0.5); // SOURCES: 3558 s
    expect(run.hasGps).toBe(true); // SOURCES: 237 GPS records decode before the failure
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      file: 'strava-android-run-malformed.fit',
      code: 'truncated',
    });
    expect(result.problems[0]?.message).toContain('strava-android-run-malformed.fit');
  });

  it('summarises the unterminated Sigma ride from its samples only, and says so', () => {
    const result = parse('sigma-ride-unterminated.fit');
    const ride = only(result);
    expect(ride.sport).toBe('cycling'); // the file's sport message
    expectAbout(ride.elapsedSeconds, (4 * 60 + 39) * MINUTE, 30); // SOURCES: 4 h 39 min
    // SOURCES: 8 timer stops. Timer start/stop events, clipped to the first and last record
    // (968847818 to 968864541), add up to 14382 s; the timer was still running at the end.
    expect(ride.movingSeconds).toBe(14_382);
    expect(ride.distanceMeters).toBeCloseTo(113_550.87, 2); // the last record's distance
    expect(ride.hasGps).toBe(true); // SOURCES: all 14392 records have GPS
    // Nothing the device never summarised: no averages, ascent or laps worked out by us.
    expect(ride).toMatchObject({
      avgHeartRate: null,
      maxHeartRate: null,
      elevationGainMeters: null,
      laps: [],
    });
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'sigma-ride-unterminated.fit', code: 'truncated' }),
    ]);
  });
});
