import { describe, expect, it } from 'vitest';
import {
  activityPace,
  activitySeconds,
  activityWhen,
  classificationLabel,
  countActivities,
  dayRunLabel,
  formatDistance,
  formatDuration,
  formatHeartRate,
  formatPace,
  sportLabel,
} from './run-words';
import type { ActivityDto } from './runs-types';

const activity = (fields: Partial<ActivityDto>): ActivityDto => ({
  id: 'a1',
  file: 'run.gpx',
  format: 'gpx',
  sport: 'running',
  subSport: null,
  start: '2026-11-24T06:30:00+01:00',
  startIsDeviceRelative: false,
  elapsedSeconds: 3000,
  movingSeconds: 2880,
  distanceMeters: 10_000,
  elevationGainMeters: null,
  avgHeartRate: 148,
  maxHeartRate: 171,
  laps: [],
  hasGps: true,
  importedAt: '2026-11-28T10:00:00Z',
  classification: null,
  ...fields,
});

describe('distances and times', () => {
  it('writes a distance in km or miles to two decimals, a dash when unknown', () => {
    expect(formatDistance(10_020, 'metric')).toBe('10.02 km');
    expect(formatDistance(10_020, 'imperial')).toBe('6.23 mi');
    expect(formatDistance(1609.344, 'imperial')).toBe('1.00 mi');
    expect(formatDistance(null, 'metric')).toBe('—');
  });

  it('writes a duration as m:ss under an hour and h:mm:ss from one', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(2527.4)).toBe('42:07');
    expect(formatDuration(3723)).toBe('1:02:03');
  });

  it('takes moving time when the file gives it, elapsed time otherwise', () => {
    expect(activitySeconds({ movingSeconds: 2880, elapsedSeconds: 3000 })).toBe(2880);
    expect(activitySeconds({ movingSeconds: null, elapsedSeconds: 3000 })).toBe(3000);
  });
});

describe('pace', () => {
  it('is time per km, or per mile for imperial runners', () => {
    expect(formatPace(2880, 10_000, 'metric')).toBe('4:48 /km');
    // 10 km in 48:00 is 7:43 a mile (463.5 s, rounded to the second).
    expect(formatPace(2880, 10_000, 'imperial')).toBe('7:43 /mi');
    expect(formatPace(3723, 1000, 'metric')).toBe('1:02:03 /km');
  });

  it('is not given without a distance or a time', () => {
    expect(formatPace(2880, null, 'metric')).toBeNull();
    expect(formatPace(2880, 0, 'metric')).toBeNull();
    expect(formatPace(0, 10_000, 'metric')).toBeNull();
  });

  it('is given for runs, walks and hikes, not for rides', () => {
    expect(activityPace(activity({}), 'metric')).toBe('4:48 /km');
    expect(activityPace(activity({ sport: 'walking' }), 'metric')).toBe('4:48 /km');
    expect(activityPace(activity({ sport: 'cycling' }), 'metric')).toBeNull();
  });
});

describe('words', () => {
  it('writes heart rate with what is known', () => {
    expect(formatHeartRate(147.6, 171)).toBe('avg 148 bpm, max 171 bpm');
    expect(formatHeartRate(null, 171)).toBe('max 171 bpm');
    expect(formatHeartRate(null, null)).toBe('—');
  });

  it('names the sport and the kind of run', () => {
    expect(sportLabel('running', null)).toBe('Run');
    expect(sportLabel('running', 'treadmill')).toBe('Run (treadmill)');
    expect(sportLabel('running', 'generic')).toBe('Run');
    expect(sportLabel('cycling', 'indoor_cycling')).toBe('Ride (indoor cycling)');
    expect(sportLabel('rowing', null)).toBe('rowing');
    expect(classificationLabel({ kind: 'easy', race: false, reasons: [] })).toBe('Easy run');
    expect(classificationLabel({ kind: 'long', race: true, reasons: [] })).toBe('Long run, race');
    expect(dayRunLabel('quality')).toBe('Quality');
    expect(dayRunLabel(undefined)).toBe('—');
  });

  it('counts runs, or activities when not all are runs', () => {
    expect(countActivities([activity({})])).toBe('1 run');
    expect(countActivities([activity({}), activity({})])).toBe('2 runs');
    expect(countActivities([activity({}), activity({ sport: 'other' })])).toBe('2 activities');
    expect(countActivities([])).toBe('0 runs');
  });

  it('dates a run in the given zone, and says when the device gave no date', () => {
    expect(activityWhen(activity({}), 'UTC')).toBe('Tue 24 Nov 2026, 05:30');
    expect(activityWhen(activity({}), 'Europe/Oslo')).toBe('Tue 24 Nov 2026, 06:30');
    expect(activityWhen(activity({ start: '2025-09-24T13:40:09Z' }), 'UTC')).toBe(
      'Wed 24 Sep 2025, 13:40',
    );
    expect(activityWhen(activity({ start: '2026-11-06T07:05:00Z' }), 'UTC')).toBe(
      'Fri 6 Nov 2026, 07:05',
    );
    expect(activityWhen(activity({ start: null, startIsDeviceRelative: true }))).toBe(
      'Date unknown: the device’s clock was not set',
    );
    expect(activityWhen(activity({ start: 'not a date' }))).toBe('Date unknown');
  });
});
