// biome-ignore lint/style/noRestrictedImports: the tests read the shared fixtures; the parser itself does no I/O.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStravaActivitiesCsv } from './parse-strava-csv';

const csvText = readFileSync(
  new URL(
    '../../../../../shared/fixtures/activities/csv/strava-export-activities.csv',
    import.meta.url,
  ),
  'utf8',
);
const [header = '', ...lines] = csvText.split('\n');

// Expected values: SOURCES.md (1845 rows, type counts, Filename extensions) and the cells of the
// rows themselves, read independently with Python's csv module.
describe('parseStravaActivitiesCsv on the fixture', () => {
  const { activities, problems } = parseStravaActivitiesCsv(csvText, 'activities.csv');

  it('reads all 1845 rows, 643 of them runs', () => {
    expect(problems).toEqual([]);
    expect(activities).toHaveLength(1845);
    const count = (sport: string, subSport: string | null = null) =>
      activities.filter((a) => a.sport === sport && a.subSport === subSport).length;
    // SOURCES: Ride 947, Run 643, Hike 110, Nordic Ski 58, Alpine Ski 57, Sail 20, Snowshoe 5,
    // Walk 3, Canoe 1, Velomobile 1.
    expect(count('running')).toBe(643);
    expect(count('cycling')).toBe(947);
    expect(count('cycling', 'velomobile')).toBe(1);
    expect(count('hiking')).toBe(110);
    expect(count('walking')).toBe(3);
    expect(count('other', 'nordic-ski')).toBe(58);
    expect(count('other', 'alpine-ski')).toBe(57);
    expect(count('other', 'sail')).toBe(20);
    expect(count('other', 'snowshoe')).toBe(5);
    expect(count('other', 'canoe')).toBe(1);
  });

  it('maps the first row by position: first Elapsed Time, metres Distance, UTC date', () => {
    // 203707851,"Oct 5, 2014, 4:15:21 PM",Lunch Ride,Ride,,2833,13.61,…,activities/203707851.gpx,…
    // second block: Elapsed 2833.0, Moving 2499.0, Distance 13609.2001953125, Elevation Gain 73.524…
    expect(activities[0]).toEqual({
      file: 'activities/203707851.gpx',
      format: 'strava-csv',
      indexInFile: 0,
      sport: 'cycling',
      subSport: null,
      start: '2014-10-05T16:15:21Z',
      startIsDeviceRelative: false,
      elapsedSeconds: 2833,
      movingSeconds: 2499,
      distanceMeters: 13609.2,
      elevationGainMeters: 73.5,
      avgHeartRate: null,
      maxHeartRate: null,
      laps: [],
      hasGps: true,
    });
  });

  it('reads the first run and the last row', () => {
    // 740821460,"Oct 10, 2016, 8:55:48 PM",Afternoon Run,Run,,1770,6.64,…; 1765.0 s moving, 6639.39990234375 m.
    expect(activities.find((a) => a.sport === 'running')).toMatchObject({
      file: 'activities/740821460.gpx',
      start: '2016-10-10T20:55:48Z',
      elapsedSeconds: 1770,
      movingSeconds: 1765,
      distanceMeters: 6639.4,
      elevationGainMeters: 58.6,
    });
    // 15586400430,"Aug 25, 2025, 9:59:25 PM",Afternoon Ride,Ride,,4979,20.45,…
    expect(activities.at(-1)).toMatchObject({
      start: '2025-08-25T21:59:25Z',
      elapsedSeconds: 4979,
      distanceMeters: 20458.2,
    });
  });

  it('keeps the .gpx.gz file names (18 rows) as the activity file', () => {
    expect(activities.filter((a) => a.file.endsWith('.gpx.gz'))).toHaveLength(18);
    expect(activities.filter((a) => a.file.endsWith('.gpx'))).toHaveLength(1827);
  });

  it('uses the metres column, checked against the display column in km or nautical miles', () => {
    // Python: the 643 Run rows' second Distance sums to 3 818 765.65 m.
    const runMeters = activities
      .filter((a) => a.sport === 'running')
      .reduce((s, a) => s + (a.distanceMeters ?? 0), 0);
    expect(runMeters).toBeCloseTo(3_818_765.65, 0);
    // Sail rows show nautical miles: 15.9 ↔ 29610.490234375 m.
    expect(activities.find((a) => a.file === 'activities/9024249421.gpx')?.distanceMeters).toBe(
      29610.49,
    );
    // The one row whose blocks disagree (Hike "Fire": 3.80 km and 9550 s against 20 195.8 m and
    // 10 744 s): the first block, the activity as Strava shows it.
    expect(activities.find((a) => a.file === 'activities/14827328714.gpx')).toMatchObject({
      elapsedSeconds: 9550,
      movingSeconds: 6638,
      distanceMeters: 3800,
    });
  });

  it('has no heart rate anywhere: the export has empty HR columns on every row', () => {
    expect(activities.some((a) => a.avgHeartRate !== null || a.maxHeartRate !== null)).toBe(false);
  });
});

describe('parseStravaActivitiesCsv on other input', () => {
  const row = (cells: Record<number, string>): string => {
    const out = Array.from({ length: header.split(',').length }, () => '');
    for (const [i, v] of Object.entries(cells)) out[Number(i)] = v;
    return out.join(',');
  };

  it('reads heart rate, a quoted name with a comma, and a row without a file', () => {
    const text = [
      header,
      row({
        0: '1',
        1: '"Jan 2, 2024, 12:05:00 AM"',
        2: '"Run, easy"',
        3: 'Trail Run',
        5: '3600',
        6: '10.00',
        7: '171',
        16: '3500',
        17: '10004.2',
        31: '150.6',
      }),
    ].join('\n');
    const { activities, problems } = parseStravaActivitiesCsv(text, 'activities.csv');
    expect(problems).toEqual([]);
    expect(activities[0]).toMatchObject({
      file: 'activities.csv',
      indexInFile: 0,
      sport: 'running',
      subSport: 'trail',
      start: '2024-01-02T00:05:00Z',
      elapsedSeconds: 3600,
      movingSeconds: 3500,
      distanceMeters: 10004.2,
      avgHeartRate: 151,
      maxHeartRate: 171,
      hasGps: false,
    });
  });

  it('refuses a CSV with another header as unsupported-format', () => {
    const other = 'Date,Distance,Time\n2024-01-01,10,3600\n';
    expect(parseStravaActivitiesCsv(other, 'log.csv').problems[0]?.code).toBe('unsupported-format');
  });

  it('says empty, not-an-activity, truncated where due', () => {
    expect(parseStravaActivitiesCsv('', 'a.csv').problems[0]?.code).toBe('empty');
    expect(parseStravaActivitiesCsv(`${header}\n`, 'a.csv').problems[0]?.code).toBe(
      'not-an-activity',
    );
    const cut = [header, ...lines.slice(0, 3)].join('\n').slice(0, -40);
    const result = parseStravaActivitiesCsv(cut, 'a.csv');
    expect(result.activities).toHaveLength(2);
    expect(result.problems.map((p) => p.code)).toEqual(['truncated']);
    expect(parseStravaActivitiesCsv(`${header}\n1,"Oct 5, 2014`, 'a.csv').problems[0]?.code).toBe(
      'truncated',
    );
  });

  it('turns a row with an unreadable date into a problem and keeps the others', () => {
    const text = [
      header,
      row({ 0: '7', 1: '05/10/2014 16:00', 3: 'Run', 5: '60', 12: 'activities/7.fit.gz' }),
      lines[0],
    ].join('\n');
    const { activities, problems } = parseStravaActivitiesCsv(text, 'a.csv');
    expect(activities).toHaveLength(1);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'activities/7.fit.gz', code: 'unsupported-format' }),
    ]);
  });
});
