// biome-ignore lint/style/noRestrictedImports: the tests read the shared fixtures; the parser itself does no I/O.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGpx } from './parse-gpx';

const fixture = (name: string): string =>
  readFileSync(
    new URL(`../../../../../shared/fixtures/activities/gpx/${name}`, import.meta.url),
    'utf8',
  );

const only = (name: string) => {
  const result = parseGpx(fixture(name), name);
  expect(result.problems).toEqual([]);
  expect(result.activities).toHaveLength(1);
  const [activity] = result.activities;
  if (activity === undefined) throw new Error('no activity');
  return activity;
};

// Expected values: SOURCES.md for what it states (distance to ±0.1 km, pauses, counts), and for
// the exact figures the fixture read independently with Python's ElementTree (haversine with
// R = 6 371 008.8 m, gpxpy's 3-point elevation smoothing), so tolerances are those of the maths,
// not of the summary.
describe('parseGpx on the fixtures', () => {
  it('garmin-connect-run-hr.gpx: 3.1 km with its 106 s and 52 s pauses left out of moving time', () => {
    const a = only('garmin-connect-run-hr.gpx');
    expect(a).toMatchObject({
      file: 'garmin-connect-run-hr.gpx',
      format: 'gpx',
      indexInFile: 0,
      // No <type>: the file does not say it was a run (SOURCES: "no <type>").
      sport: 'other',
      subSport: null,
      // The first trackpoint, not the metadata <time> 23:22:51 (SOURCES), as written.
      start: '2012-10-24T23:29:40.000Z',
      startIsDeviceRelative: false,
      // 23:29:40 → 23:45:28.
      elapsedSeconds: 948,
      // 948 − 106 − 52 (SOURCES: the two gaps); every other gap is ≤ 20 s.
      movingSeconds: 790,
      // 206 points, HR on each: mean 190.01, max 203.
      avgHeartRate: 190,
      maxHeartRate: 203,
      laps: [],
      hasGps: true,
    });
    // SOURCES: ~3.1 km at ~4:15 min/km, which is 790 s over 3.0985 km; Python: 3098.534 m.
    expect(a.distanceMeters).toBeCloseTo(3098.53, 1);
    // Raw sum of rises 158.4 m; smoothed (Python, gpxpy's filter) 140.86 m.
    expect(a.elevationGainMeters).toBeCloseTo(140.9, 1);
  });

  it('strava-run-gpxtpx-hr.gpx: 3.6 km, one 140 s pause, a name with a comma', () => {
    const a = only('strava-run-gpxtpx-hr.gpx');
    expect(a).toMatchObject({
      sport: 'other',
      start: '2015-01-19T21:24:20Z',
      // 21:24:20 → 21:45:16; 1116 one-second steps plus the 140 s gap (SOURCES).
      elapsedSeconds: 1256,
      movingSeconds: 1116,
      // HR on all 1118 points: mean 168.64, max 187.
      avgHeartRate: 169,
      maxHeartRate: 187,
    });
    // SOURCES ~3.6 km at ~5:13 min/km = 1116 s / 3.568 km; Python: 3568.324 m.
    expect(a.distanceMeters).toBeCloseTo(3568.32, 1);
    expect(a.elevationGainMeters).toBeCloseTo(95.2, 1);
  });

  it('garmin-oregon600-missing-hr-3segs.gpx: 3 segments, HR on 9 of 16 points', () => {
    const a = only('garmin-oregon600-missing-hr-3segs.gpx');
    expect(a).toMatchObject({
      sport: 'other',
      start: '2017-05-27T04:00:00Z',
      // 04:00:00 → 04:02:02.
      elapsedSeconds: 122,
      // Within segments only: 2 s + 38 s + 2 s; the minutes between segments are pauses.
      movingSeconds: 42,
      // The 9 points with HR (104 … 131): mean 110.67; the 7 without are not zeros.
      avgHeartRate: 111,
      maxHeartRate: 131,
    });
    // Segment lengths summed, not the jumps back to the start between them: Python 61.784 m.
    expect(a.distanceMeters).toBeCloseTo(61.78, 1);
    expect(a.elevationGainMeters).toBeCloseTo(6.0, 1);
  });

  it('apple-watch-run-3segs-power.gpx: no XML declaration, two <extensions>, milliseconds', () => {
    const a = only('apple-watch-run-3segs-power.gpx');
    expect(a).toMatchObject({
      // <type>running</type>.
      sport: 'running',
      subSport: null,
      start: '2025-05-02T15:51:15.692Z',
      // 15:51:15.692 → 16:34:05.000: the 43-minute excerpt (SOURCES).
      elapsedSeconds: 2569.308,
      // Only the steps inside its three short segments count: 10.503 + 7 + 18 s.
      movingSeconds: 35.503,
      // Segment 1 has no HR; the 13 points of segments 2 and 3: mean 150.0, max 171.
      avgHeartRate: 150,
      maxHeartRate: 171,
      // Elevation is 6–7 m throughout and each segment is flat.
      elevationGainMeters: 0,
    });
    // Python: 87.649 m.
    expect(a.distanceMeters).toBeCloseTo(87.65, 1);
  });
});

const gpx = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"
  xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">${body}</gpx>`;

const point = (time: string, hr?: number): string =>
  `<trkpt lat="52.0" lon="4.0"><time>${time}</time>${
    hr === undefined
      ? ''
      : `<extensions><ns3:TrackPointExtension><ns3:hr>${hr}</ns3:hr></ns3:TrackPointExtension></extensions>`
  }</trkpt>`;

describe('parseGpx on other input', () => {
  it('reads one activity per <trk>, HR under any prefix, offsets as written', () => {
    const text = gpx(
      `<trk><type>trail_running</type><trkseg>${point('2024-03-01T08:00:00+01:00', 120)}${point('2024-03-01T08:00:10+01:00', 140)}</trkseg></trk>` +
        `<trk><type>cycling</type><trkseg>${point('2024-03-02T08:00:00Z')}${point('2024-03-02T08:00:05Z')}</trkseg></trk>`,
    );
    const { activities, problems } = parseGpx(text, 'two.gpx');
    expect(problems).toEqual([]);
    expect(
      activities.map((a) => [a.indexInFile, a.sport, a.subSport, a.start, a.elapsedSeconds]),
    ).toEqual([
      [0, 'running', 'trail', '2024-03-01T08:00:00+01:00', 10],
      [1, 'cycling', null, '2024-03-02T08:00:00Z', 5],
    ]);
    expect(activities[0]).toMatchObject({ avgHeartRate: 130, maxHeartRate: 140 });
    expect(activities[1]).toMatchObject({
      avgHeartRate: null,
      maxHeartRate: null,
      distanceMeters: 0,
    });
  });

  it('treats an offset-less time as UTC (GPX 1.1 says times are UTC) and adds the Z', () => {
    const text = gpx(
      `<trk><trkseg>${point('2024-03-01T08:00:00')}${point('2024-03-01T08:00:01')}</trkseg></trk>`,
    );
    expect(parseGpx(text, 'x.gpx').activities[0]?.start).toBe('2024-03-01T08:00:00Z');
  });

  it('counts a duplicate timestamp as no time and keeps its distance', () => {
    const text = gpx(
      '<trk><trkseg>' +
        '<trkpt lat="52.0" lon="4.0"><time>2024-03-01T08:00:00Z</time></trkpt>' +
        '<trkpt lat="52.001" lon="4.0"><time>2024-03-01T08:00:00Z</time></trkpt>' +
        '<trkpt lat="52.002" lon="4.0"><time>2024-03-01T08:00:10Z</time></trkpt>' +
        '</trkseg></trk>',
    );
    const [a] = parseGpx(text, 'x.gpx').activities;
    expect(a?.elapsedSeconds).toBe(10);
    expect(a?.movingSeconds).toBe(10);
    // 0.002° of latitude ≈ 222.4 m.
    expect(a?.distanceMeters).toBeCloseTo(222.4, 0);
  });

  it('refuses a GPX with no track (waypoints and a route only) as not an activity', () => {
    const text = gpx(
      '<wpt lat="52" lon="4"><name>Start</name></wpt><rte><rtept lat="52" lon="4"/><rtept lat="52.1" lon="4"/></rte>',
    );
    expect(parseGpx(text, 'route.gpx')).toEqual({
      activities: [],
      problems: [expect.objectContaining({ file: 'route.gpx', code: 'not-an-activity' })],
    });
  });

  it('refuses a track without timestamps (a drawn route) as not an activity', () => {
    const text = gpx(
      '<trk><trkseg><trkpt lat="52" lon="4"/><trkpt lat="52.1" lon="4"/></trkseg></trk>',
    );
    expect(parseGpx(text, 'drawn.gpx').problems[0]?.code).toBe('not-an-activity');
  });

  it('says empty for an empty or blank file', () => {
    expect(parseGpx('', 'e.gpx').problems[0]?.code).toBe('empty');
    expect(parseGpx(' \n\t', 'e.gpx').problems[0]?.code).toBe('empty');
  });

  it('says corrupted for malformed XML and truncated for a file cut short', () => {
    expect(parseGpx(gpx('<trk><trkseg></trk>'), 'bad.gpx').problems[0]?.code).toBe('corrupted');
    const whole = fixture('garmin-oregon600-missing-hr-3segs.gpx');
    expect(parseGpx(whole.slice(0, whole.length / 2), 'cut.gpx').problems[0]?.code).toBe(
      'truncated',
    );
  });

  it('refuses a billion-laughs document as unsafe-xml, at once', () => {
    const laughs = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('\n');
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE gpx [<!ENTITY lol0 "lol">
${laughs}
]>
<gpx version="1.1"><trk><name>&lol9;</name></trk></gpx>`;
    const started = performance.now();
    const result = parseGpx(bomb, 'bomb.gpx');
    expect(performance.now() - started).toBeLessThan(100);
    expect(result.problems[0]?.code).toBe('unsafe-xml');
  });

  it('refuses an external entity (XXE) as unsafe-xml', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]><gpx><trk><name>&x;</name></trk></gpx>`;
    expect(parseGpx(xxe, 'xxe.gpx').problems[0]?.code).toBe('unsafe-xml');
  });

  it('says unsupported-format for TCX handed to the GPX parser', () => {
    const tcx = '<TrainingCenterDatabase><Activities/></TrainingCenterDatabase>';
    expect(parseGpx(tcx, 'really-tcx.gpx').problems[0]?.code).toBe('unsupported-format');
  });
});
