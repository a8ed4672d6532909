import { describe, expect, it } from 'vitest';
import { lap } from '../test-support/runs';
import { lapStructure } from './lap-structure';

describe('lap structure', () => {
  it('reps with standing recoveries (no distance covered) are work and recovery', () => {
    const standing = { elapsedSeconds: 90, distanceMeters: 0, avgHeartRate: null };
    const laps = [lap(2, 5.5), lap(0.8, 3.8), standing, lap(0.8, 3.8), standing, lap(0.8, 3.8)];
    // Speeds 3.03 (warm-up), 4.39 ×3, 0 ×2: median 3.71, so the warm-up is slow too.
    expect(lapStructure(laps)).toMatchObject({ laps: 6, fast: 3, slow: 3, structured: true });
  });

  it('800 m reps with 400 m jogs after a long warm-up are work and recovery', () => {
    // The laps of fixtures/activities/tcx/garmin-fr945-run-workout-16laps.tcx, rounded: two warm-up
    // miles at 6:20/km, six 800 m at about 4:45 with 400 m jogs at about 6:10, a mile and a bit
    // of cool-down. The jogs and warm-up are the median (about 6:06), so no lap is 10 % slower
    // than it; the reps are 10 % faster, with jogs between them.
    const reps = Array.from({ length: 6 }, () => [lap(0.8, 4.75), lap(0.4, 6.15)]).flat();
    const laps = [lap(1.609, 6.33), lap(1.609, 6.32), ...reps, lap(1.609, 5.7), lap(0.906, 6.5)];
    expect(lapStructure(laps)).toMatchObject({ laps: 16, fast: 6, slow: 0, structured: true });
  });

  it('a fast finish, the last laps quick one after another, is not reps', () => {
    const laps = [lap(1, 5.5), lap(1, 5.5), lap(1, 5.5), lap(1, 5.4), lap(1, 4.6), lap(1, 4.5)];
    expect(lapStructure(laps)).toMatchObject({ fast: 2, structured: false });
  });

  it('a single surge in an even run is not a session', () => {
    const laps = [lap(1, 5.5), lap(1, 5.5), lap(1, 4.5), lap(1, 5.5), lap(1, 6.2)];
    expect(lapStructure(laps)).toMatchObject({ fast: 1, structured: false });
  });

  it('needs three laps, and ignores laps too short to be a repetition', () => {
    expect(lapStructure([lap(1, 4), lap(1, 6)]).structured).toBe(false);
    const blips = [{ elapsedSeconds: 3, distanceMeters: 1, avgHeartRate: null }];
    expect(lapStructure([lap(5, 5.5), ...blips, ...blips, lap(5, 5.5)]).laps).toBe(2);
  });

  it('laps without a distance (a treadmill without a foot pod) give no structure', () => {
    const treadmill = { elapsedSeconds: 300, distanceMeters: null, avgHeartRate: 150 };
    expect(lapStructure([treadmill, treadmill, treadmill])).toMatchObject({
      laps: 0,
      medianPace: undefined,
      structured: false,
    });
  });
});
