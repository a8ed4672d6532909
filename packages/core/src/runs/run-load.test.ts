import { describe, expect, it } from 'vitest';
import { run } from '../test-support/runs';
import { heartRateProfileOf, heartRatesOf, runSessionLoad, trimpPerMinute } from './run-load';
import type { RunClassification } from './run-record';

const easy: RunClassification = { runId: 'r', kind: 'easy', race: false, reasons: [] };
const heart = { restingHeartRate: 60, maxHeartRate: 190 };

describe('the load of a run', () => {
  it('B33: with the runner’s RPE, RPE × moving minutes: 60 min at RPE 7 = 420', () => {
    const load = runSessionLoad(run('2027-01-05', { minutes: 60, rpe: 7, hr: 150 }), easy, heart);
    expect(load).toMatchObject({ load: 420, method: 'rpe' });
    expect(load.explanation).toBe('Session RPE: your RPE 7 × 1 h = 420 (B33).');
  });

  it('uses elapsed time when the file has no moving time', () => {
    const paused = { ...run('2027-01-05', { minutes: 50, rpe: 4 }), movingSeconds: null };
    // elapsed is 50 min 30 s in the test builder
    expect(runSessionLoad(paused, easy, heart).load).toBeCloseTo(4 * 50.5, 10);
  });

  it('without RPE, a heart-rate TRIMP calibrated onto the session-RPE scale', () => {
    // HRr 0.6: 0.6 · 0.64 · e^(1.92 · 0.6) = 0.384 · 3.1645 = 1.2152 a minute, × 2 = 2.43, an
    // easy run's RPE 2–3 a minute. HRr 0.85: 0.85 · 0.64 · e^1.632 = 2.782, × 2 = 5.56, the
    // RPE 5–6 of a threshold run. Average 138 with rest 60 and max 190 is HRr 78/130 = 0.6.
    expect(trimpPerMinute(0.6)).toBeCloseTo(2.43, 2);
    expect(trimpPerMinute(0.85)).toBeCloseTo(5.56, 2);
    const load = runSessionLoad(run('2027-01-05', { minutes: 60, hr: 138 }), easy, heart);
    expect(load.method).toBe('heart-rate');
    expect(load.load).toBeCloseTo(60 * 2.4304, 1);
    expect(load.explanation).toBe(
      'Heart-rate TRIMP (Banister): 1 h at 138 bpm, 60 % of your heart-rate reserve (rest 60, max 190) → 2.4 a minute on the session-RPE scale = 146.',
    );
  });

  it('clamps the heart-rate reserve to 0–1', () => {
    const above = runSessionLoad(run('2027-01-05', { minutes: 10, hr: 200 }), easy, heart);
    expect(above.load).toBeCloseTo(10 * trimpPerMinute(1), 10);
    const below = runSessionLoad(run('2027-01-05', { minutes: 10, hr: 50 }), easy, heart);
    expect(below.load).toBe(0);
  });

  it('takes the highest plausible maximum from the runs when the profile has none, 60 at rest', () => {
    const runs = [
      run('2027-01-01', { maxHr: 183 }),
      run('2027-01-02', { maxHr: 251 }), // a strap artefact
      run('2027-01-03', { maxHr: 176 }),
    ];
    expect(heartRateProfileOf(runs, {})).toEqual({ restingHeartRate: 60, maxHeartRate: 183 });
    expect(heartRateProfileOf(runs, { maxHeartRate: 195, restingHeartRate: 48 })).toEqual({
      restingHeartRate: 48,
      maxHeartRate: 195,
    });
  });

  it('without RPE or a known maximum, heart rate alone is not enough: the duration estimate', () => {
    expect(runSessionLoad(run('2027-01-05', { minutes: 45, hr: 140 }), easy, {}).method).toBe(
      'duration',
    );
  });

  it('without RPE or heart rate, minutes × the RPE the kind usually is: 3, 4, 6, race 8', () => {
    const minutes = 60;
    const r = run('2027-01-05', { minutes });
    const of = (kind: RunClassification['kind'], race = false) =>
      runSessionLoad(r, { ...easy, kind, race }, heart);
    expect(of('easy').load).toBe(180);
    expect(of('long').load).toBe(240);
    expect(of('quality').load).toBe(360);
    expect(of('quality', true).load).toBe(480);
    expect(runSessionLoad(r, undefined, heart).load).toBe(180);
    expect(of('long').explanation).toBe(
      'No RPE or heart rate: estimated as RPE 4 (a long run) × 1 h = 240.',
    );
  });

  it('other sports carry no running load', () => {
    const ride = run('2027-01-05', { sport: 'cycling', minutes: 90, rpe: 5 });
    expect(runSessionLoad(ride, undefined, heart).load).toBe(0);
  });
});

describe('heartRatesOf', () => {
  it('layers sources: a later one wins where it gives a value, a missing one leaves it', () => {
    expect(heartRatesOf(undefined, {})).toEqual({});
    expect(
      heartRatesOf(
        { restingHeartRate: 55, maxHeartRate: 190 },
        { restingHeartRate: undefined, maxHeartRate: 185 },
      ),
    ).toEqual({ restingHeartRate: 55, maxHeartRate: 185 });
  });
});
