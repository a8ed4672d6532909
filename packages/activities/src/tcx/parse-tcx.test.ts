// biome-ignore lint/style/noRestrictedImports: the tests read the shared fixtures; the parser itself does no I/O.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTcx } from './parse-tcx';

const fixture = (name: string): string =>
  readFileSync(
    new URL(`../../../../../shared/fixtures/activities/tcx/${name}`, import.meta.url),
    'utf8',
  );

const parsed = (name: string) => {
  const result = parseTcx(fixture(name), name);
  expect(result.problems).toEqual([]);
  return result.activities;
};

const only = (name: string) => {
  const activities = parsed(name);
  expect(activities).toHaveLength(1);
  const [activity] = activities;
  if (activity === undefined) throw new Error('no activity');
  return activity;
};

// Expected values: the files' own lap elements (TotalTimeSeconds, DistanceMeters, Lap HR), which
// the parser must carry exactly, cross-checked with SOURCES.md (km, minutes, lap counts); point
// statistics (HR means, last point times) read independently with Python's ElementTree.
describe('parseTcx on the fixtures', () => {
  it('garmin-fr410-run-3laps-hr.tcx: 3 laps, 4.69 km, 33 min, HR', () => {
    const a = only('garmin-fr410-run-3laps-hr.tcx');
    expect(a).toMatchObject({
      format: 'tcx',
      indexInFile: 0,
      sport: 'running',
      subSport: null,
      start: '2012-12-26T21:29:53Z',
      // 608.47 + 714.80 + 669.51 s of timer: 33:12.78 (SOURCES: 33 min); no pause, so elapsed is
      // the same (it beats the last point at +1992 s and the last lap's end at +1992.51 s).
      movingSeconds: 1992.78,
      elapsedSeconds: 1992.78,
      // 1609.344 + 1609.344 + 1470.555 m (SOURCES: 4.69 km).
      distanceMeters: 4689.24,
      // 383 points with HeartRateBpm: mean 156.65, max 189 (= lap 1's MaximumHeartRateBpm).
      avgHeartRate: 157,
      maxHeartRate: 189,
      hasGps: true,
    });
    expect(a.laps).toEqual([
      // Elapsed to the next lap's StartTime: 21:29:53 → 21:40:02.
      {
        start: '2012-12-26T21:29:53Z',
        elapsedSeconds: 609,
        movingSeconds: 608.47,
        distanceMeters: 1609.34,
        avgHeartRate: 139,
        maxHeartRate: 189,
      },
      // 21:40:02 → 21:51:56 is 714 s, less than the lap's 714.80 s timer (whole-second starts).
      {
        start: '2012-12-26T21:40:02Z',
        elapsedSeconds: 714.8,
        movingSeconds: 714.8,
        distanceMeters: 1609.34,
        avgHeartRate: 172,
        maxHeartRate: 188,
      },
      {
        start: '2012-12-26T21:51:56Z',
        elapsedSeconds: 669.51,
        movingSeconds: 669.51,
        distanceMeters: 1470.55,
        avgHeartRate: 167,
        maxHeartRate: 180,
      },
    ]);
    // Python with gpxpy's smoothing: 132.81 m (raw sum of rises 152.85 m).
    expect(a.elevationGainMeters).toBeCloseTo(132.8, 1);
  });

  it('garmin-fr305-run-3tracks-small.tcx: one lap of 3 tracks, reported as the lap says', () => {
    const a = only('garmin-fr305-run-3tracks-small.tcx');
    // The excerpt's 19 points span 1431 s and 3.44 km, its gaps (678 s, 673 s) are cut-out
    // points, not pauses: DistanceMeters runs on across them (167 m → 2006 m). The lap's 38:45 and
    // 8.35 km (SOURCES) are the device's own totals, so they are what we report.
    expect(a).toMatchObject({
      sport: 'running',
      start: '2007-08-07T02:42:41Z',
      elapsedSeconds: 2325.02,
      movingSeconds: 2325.02,
      distanceMeters: 8348.5,
      avgHeartRate: null,
      maxHeartRate: null,
      // 17 of 19 points have a Position.
      hasGps: true,
    });
    expect(a.laps).toEqual([
      {
        start: '2007-08-07T02:42:41Z',
        elapsedSeconds: 2325.02,
        movingSeconds: 2325.02,
        distanceMeters: 8348.5,
        avgHeartRate: null,
        maxHeartRate: null,
      },
    ]);
  });

  it('garmin-fr945-treadmill-run-nogps.tcx: no GPS, 3 laps, 4.11 km', () => {
    const a = only('garmin-fr945-treadmill-run-nogps.tcx');
    expect(a).toMatchObject({
      sport: 'running',
      // The file never says treadmill: no Position is all it says, and hasGps carries that.
      subSport: null,
      hasGps: false,
      start: '2025-10-24T15:25:26Z',
      // 1609.34 + 1609.34 + 892.8 m (SOURCES: 4.11 km).
      distanceMeters: 4111.48,
      // 681.55 + 582.023 + 374.498 s.
      movingSeconds: 1638.071,
      // Last lap 15:46:30 + 374.498 s = 1638.498 s after the start (last point: +1638 s).
      elapsedSeconds: 1638.498,
      // 215 points: mean 125.90, max 144.
      avgHeartRate: 126,
      maxHeartRate: 144,
      // No AltitudeMeters anywhere.
      elevationGainMeters: null,
    });
    expect(a.laps.map((lap) => [lap.distanceMeters, lap.avgHeartRate, lap.maxHeartRate])).toEqual([
      [1609.34, 114, 127],
      [1609.34, 135, 144],
      [892.8, 130, 142],
    ]);
  });

  it('garmin-fr945-run-workout-16laps.tcx: 16 laps, 12.9 km, 73 min', () => {
    const a = only('garmin-fr945-run-workout-16laps.tcx');
    expect(a.laps).toHaveLength(16);
    expect(a).toMatchObject({
      start: '2025-09-24T13:40:09Z',
      // Sum of the 16 DistanceMeters (SOURCES: 12.9 km), equal to the last point's 12934.31 m.
      distanceMeters: 12934.31,
      // Sum of the 16 TotalTimeSeconds: 72:49.146 (SOURCES: 73 min).
      movingSeconds: 4369.146,
      // Last lap 14:47:04 + 354.7 s.
      elapsedSeconds: 4369.7,
      // 1042 points: mean 148.03, max 184.
      avgHeartRate: 148,
      maxHeartRate: 184,
      hasGps: true,
    });
    expect(a.laps.map((lap) => lap.distanceMeters)).toEqual([
      1609.34, 1609.35, 800, 400, 800, 400, 800, 400, 800, 400, 800, 400, 800, 400, 1609.34, 906.28,
    ]);
  });

  it('garmin-fr910xt-two-runs.tcx: 2 activities, 15 and 11 laps, the second without HR', () => {
    const [first, second, ...more] = parsed('garmin-fr910xt-two-runs.tcx');
    expect(more).toEqual([]);
    expect(first).toMatchObject({
      indexInFile: 0,
      start: '2014-12-26T10:00:39Z',
      distanceMeters: 14332.28,
      movingSeconds: 3270,
      // Last lap 10:53:59 + 71 s = 3271 s; the last point is at +3270 s.
      elapsedSeconds: 3271,
      // 1254 points: mean 176.66, max 181.
      avgHeartRate: 177,
      maxHeartRate: 181,
    });
    expect(first?.laps).toHaveLength(15);
    expect(second).toMatchObject({
      indexInFile: 1,
      start: '2016-07-29T15:00:26Z',
      distanceMeters: 19150.97,
      // The device's timer: 21 s short of elapsed, though six gaps exceed 30 s (SOURCES), which
      // is why TCX moving time comes from the laps and not from gaps.
      movingSeconds: 5259,
      // Last point 16:28:26.
      elapsedSeconds: 5280,
      avgHeartRate: null,
      maxHeartRate: null,
    });
    expect(second?.laps).toHaveLength(11);
    expect(
      second?.laps.every((lap) => lap.avgHeartRate === null && lap.maxHeartRate === null),
    ).toBe(true);
  });

  it('fitbit-versa-ride-hr.tcx: +01:00 kept, lap totals trusted over an excerpt of points', () => {
    const a = only('fitbit-versa-ride-hr.tcx');
    expect(a).toMatchObject({
      sport: 'cycling',
      start: '2020-12-27T15:43:49.000+01:00',
      // The lap's 2283 s and 6839.97 m, not the points' 7.7 minutes and 1.4 km (SOURCES).
      elapsedSeconds: 2283,
      movingSeconds: 2283,
      distanceMeters: 6839.97,
      // The lap gives no HR; its 465 points do: mean 133.82, max 156.
      avgHeartRate: 134,
      maxHeartRate: 156,
      hasGps: true,
    });
    expect(a.laps).toEqual([
      {
        start: '2020-12-27T15:43:49.000+01:00',
        elapsedSeconds: 2283,
        movingSeconds: 2283,
        distanceMeters: 6839.97,
        avgHeartRate: 134,
        maxHeartRate: 156,
      },
    ]);
    expect(a.elevationGainMeters).toBeCloseTo(22.6, 1);
  });
});

const tcx = (activities: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>${activities}</Activities></TrainingCenterDatabase>`;

describe('parseTcx on other input', () => {
  it('falls back to the laps for HR and to the points for distance when the laps lack them', () => {
    const text = tcx(`<Activity Sport="Other"><Id>2024-01-01T10:00:00Z</Id>
      <Lap StartTime="2024-01-01T10:00:00Z"><TotalTimeSeconds>100</TotalTimeSeconds>
        <AverageHeartRateBpm><Value>120</Value></AverageHeartRateBpm><MaximumHeartRateBpm><Value>130</Value></MaximumHeartRateBpm>
        <Track><Trackpoint><Time>2024-01-01T10:00:00Z</Time><DistanceMeters>0</DistanceMeters></Trackpoint>
        <Trackpoint><Time>2024-01-01T10:01:40Z</Time><DistanceMeters>300</DistanceMeters></Trackpoint></Track></Lap>
      <Lap StartTime="2024-01-01T10:01:40Z"><TotalTimeSeconds>300</TotalTimeSeconds>
        <AverageHeartRateBpm><Value>160</Value></AverageHeartRateBpm><MaximumHeartRateBpm><Value>170</Value></MaximumHeartRateBpm></Lap>
    </Activity>`);
    const [a] = parseTcx(text, 'x.tcx').activities;
    expect(a).toMatchObject({
      sport: 'other',
      movingSeconds: 400,
      elapsedSeconds: 400,
      // No lap DistanceMeters: the furthest trackpoint's.
      distanceMeters: 300,
      // Timer-weighted: (120·100 + 160·300) / 400.
      avgHeartRate: 150,
      maxHeartRate: 170,
      hasGps: false,
    });
  });

  it('reads the legs of a multisport session', () => {
    const leg = (sport: string, start: string) =>
      `<Activity Sport="${sport}"><Id>${start}</Id><Lap StartTime="${start}"><TotalTimeSeconds>60</TotalTimeSeconds><DistanceMeters>100</DistanceMeters></Lap></Activity>`;
    const text = tcx(
      `<MultiSportSession><Id>2024-01-01T10:00:00Z</Id><FirstSport>${leg('Biking', '2024-01-01T10:00:00Z')}</FirstSport><NextSport>${leg('Running', '2024-01-01T11:00:00Z')}</NextSport></MultiSportSession>`,
    );
    expect(parseTcx(text, 'multi.tcx').activities.map((a) => [a.indexInFile, a.sport])).toEqual([
      [0, 'cycling'],
      [1, 'running'],
    ]);
  });

  it('refuses a TCX without activities (a course) as not an activity', () => {
    const text = `<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Courses><Course><Name>Loop</Name></Course></Courses></TrainingCenterDatabase>`;
    expect(parseTcx(text, 'course.tcx').problems[0]?.code).toBe('not-an-activity');
  });

  it('refuses bad input with the right code', () => {
    expect(parseTcx('', 'e.tcx').problems[0]?.code).toBe('empty');
    expect(parseTcx(tcx('<Activity><Lap></Activity>'), 'bad.tcx').problems[0]?.code).toBe(
      'corrupted',
    );
    const whole = fixture('garmin-fr305-run-3tracks-small.tcx');
    expect(parseTcx(whole.slice(0, 5000), 'cut.tcx').problems[0]?.code).toBe('truncated');
    expect(parseTcx('<gpx version="1.1"></gpx>', 'gpx.tcx').problems[0]?.code).toBe(
      'unsupported-format',
    );
    const bomb = `<!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><TrainingCenterDatabase>&b;</TrainingCenterDatabase>`;
    expect(parseTcx(bomb, 'bomb.tcx').problems[0]?.code).toBe('unsafe-xml');
  });
});
