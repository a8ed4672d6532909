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
