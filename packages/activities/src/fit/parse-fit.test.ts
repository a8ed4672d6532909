import { Encoder } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { parseFit } from './parse-fit';

/** Global message numbers from the FIT profile (the SDK types `Profile.MesgNum` loosely). */
const FILE_ID = 0;
const SESSION = 18;
const RECORD = 20;

/** A FIT file written with the SDK's encoder; times are FIT-epoch seconds. */
function encode(messages: [number, Record<string, unknown>][]): Uint8Array {
  const encoder = new Encoder();
  for (const [mesgNum, message] of messages) encoder.onMesg(mesgNum, message);
  return encoder.close();
}

const T0 = 1_000_000_000; // 2021-09-08T01:46:40Z
const activityFileId: [number, Record<string, unknown>] = [
  FILE_ID,
  { type: 'activity', manufacturer: 'development', product: 1, timeCreated: T0 },
];

describe('parseFit refuses what is not a FIT activity', () => {
  it('says an empty file is empty', () => {
    expect(parseFit(new Uint8Array(), 'nothing.fit')).toEqual({
      activities: [],
      problems: [{ file: 'nothing.fit', code: 'empty', message: 'nothing.fit is empty.' }],
    });
  });

  it('says a GPX file given as FIT is not a FIT file, naming it', () => {
    const gpx = new TextEncoder().encode('<?xml version="1.0"?><gpx version="1.1"></gpx>');
    const result = parseFit(gpx, 'run.gpx');
    expect(result.activities).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'run.gpx', code: 'unsupported-format' }),
    ]);
    expect(result.problems[0]?.message).toContain('run.gpx');
  });

  it('says a FIT course file is not an activity', () => {
    const course = encode([[FILE_ID, { type: 'course', manufacturer: 'development', product: 1 }]]);
    expect(parseFit(course, 'route.fit').problems).toEqual([
      expect.objectContaining({ file: 'route.fit', code: 'not-an-activity' }),
    ]);
  });

  it('says a FIT activity file with no session and no samples holds no activity', () => {
    const result = parseFit(encode([activityFileId]), 'blank.fit');
    expect(result.activities).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'blank.fit', code: 'not-an-activity' }),
    ]);
  });

  it('says a FIT header whose data is missing is truncated', () => {
    const whole = encode([activityFileId]);
    const result = parseFit(whole.subarray(0, 20), 'cut.fit');
    expect(result.activities).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'cut.fit', code: 'truncated' }),
    ]);
  });
});

describe('parseFit on files it writes itself', () => {
  it('summarises an intact file that has samples but no session, without a problem', () => {
    const records = [0, 10, 20, 30].map((seconds): [number, Record<string, unknown>] => [
      RECORD,
      { timestamp: T0 + seconds, distance: seconds * 3 },
    ]);
    const result = parseFit(encode([activityFileId, ...records]), 'samples.fit');
    expect(result.problems).toEqual([]);
    expect(result.activities).toEqual([
      expect.objectContaining({
        start: '2021-09-08T01:46:40.000Z',
        elapsedSeconds: 30,
        movingSeconds: null, // no timer events: pauses cannot be told from moving
        distanceMeters: 90,
        hasGps: false,
      }),
    ]);
  });

  it('reads sport and sub-sport from the session, e.g. a treadmill run', () => {
    const session: [number, Record<string, unknown>] = [
      SESSION,
      {
        timestamp: T0 + 600,
        startTime: T0,
        totalElapsedTime: 600,
        totalTimerTime: 590,
        totalDistance: 1600,
        sport: 'running',
        subSport: 'treadmill',
      },
    ];
    const [run] = parseFit(encode([activityFileId, session]), 'treadmill.fit').activities;
    expect(run).toMatchObject({
      sport: 'running',
      subSport: 'treadmill',
      elapsedSeconds: 600,
      movingSeconds: 590,
      distanceMeters: 1600,
      elevationGainMeters: null, // no total_ascent in the session
      hasGps: false,
      laps: [],
    });
  });

  it('flags a checksum mismatch as corrupted while still importing the summary', () => {
    const session: [number, Record<string, unknown>] = [
      SESSION,
      { timestamp: T0 + 60, startTime: T0, totalElapsedTime: 60, sport: 'running' },
    ];
    const bytes = encode([activityFileId, session]).slice();
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    const result = parseFit(bytes, 'crc.fit');
    expect(result.activities).toHaveLength(1);
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'crc.fit', code: 'corrupted' }),
    ]);
  });
});
