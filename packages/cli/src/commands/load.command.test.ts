import { describe, expect, it } from 'vitest';
import { run } from '../testing/run-main';

/** A hand-made export: one run with the runner's RPE, one with heart rate only, one strength session. */
const exportDoc = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'runstrong-export',
    version: 1,
    profile: { profile: { restingHeartRate: 60, maxHeartRate: 190 } },
    workouts: [{ sessionId: 's1', performedOn: '2027-01-05', rpe: 7, durationMinutes: 60 }],
    sets: [],
    activities: [
      {
        id: 'rated',
        start: '2027-01-06T07:00:00+01:00',
        sport: 'running',
        elapsedSeconds: 3000,
        movingSeconds: 3000,
        distanceMeters: 10_000,
        avgHeartRate: null,
        maxHeartRate: null,
        laps: [],
        rpe: 6,
      },
      {
        id: 'hr-only',
        start: '2027-01-08T07:00:00+01:00',
        sport: 'running',
        elapsedSeconds: 2400,
        movingSeconds: 2400,
        distanceMeters: 8000,
        avgHeartRate: 150,
        maxHeartRate: 170,
        laps: [],
        rpe: null,
      },
    ],
    ...overrides,
  });

const load = (args: string[], doc = exportDoc()) =>
  run(['load', '--export', 'export.json', ...args], { files: { 'export.json': doc } });

interface LoadJson {
  from: string;
  to: string;
  days: { date: string; running: number; strength: number }[];
  weeks: { start: string; load: number; monotony: number | null }[];
  runLoads: { runId: string; method: string; load: number }[];
  acuteChronic: { ratio: number | null; note: string };
}

describe('runstrong load', () => {
  it('B33: puts runs and strength in one picture, each run by its method', async () => {
    const result = await load(['--to', '2027-01-10', '--days', '7', '--format', 'json']);
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as LoadJson;
    expect(body.from).toBe('2027-01-04');
    expect(body.days).toHaveLength(7);
    // Strength: RPE 7 × 60 min = 420 (SPEC's worked number).
    expect(body.days.find((d) => d.date === '2027-01-05')?.strength).toBe(420);
    // The runner's RPE 6 × 50 min = 300.
    const rated = body.runLoads.find((r) => r.runId === 'rated');
    expect(rated).toMatchObject({ method: 'rpe', load: 300 });
    // Heart rate only: HRr = (150 − 60) / (190 − 60) = 0.6923; TRIMP = 40 min × 0.6923 × 0.64 ×
    // e^(1.92 × 0.6923) = 66.96, × 2 onto the session-RPE scale (ADR 0016) = 133.9.
    const byHeart = body.runLoads.find((r) => r.runId === 'hr-only');
    expect(byHeart?.method).toBe('heart-rate');
    expect(byHeart?.load).toBeCloseTo(133.9, 1);
    expect(body.weeks).toHaveLength(1);
    expect(body.weeks[0]?.load).toBeCloseTo(420 + 300 + 133.9, 1);
    expect(body.acuteChronic.note).toMatch(/B35/);
  });

  it('prints a weekly table with the acute:chronic ratio as a description', async () => {
    const result = await load(['--to', '2027-01-10', '--days', '14']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^week from +running +strength +total +monotony +strain$/m);
    expect(result.stdout).toMatch(/^2027-01-04 +434 +420 +854 /m);
    expect(result.stdout).toContain('(B35)');
    expect(result.stdout).toContain('Run loads by rpe: 1, heart-rate: 1');
  });

  it('reads activity files too, as `import` does', async () => {
    const result = await run([
      'load',
      '../shared/fixtures/activities/tcx/garmin-fr910xt-two-runs.tcx',
      '--to',
      '2014-12-31',
      '--days',
      '7',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as LoadJson;
    // The file's first run, 2014-12-26, 54:31 with heart rate (the TCX parser's tests check it).
    expect(body.runLoads).toHaveLength(1);
    expect(body.runLoads[0]?.method).toBe('heart-rate');
    expect(body.days.find((d) => d.date === '2014-12-26')?.running).toBeGreaterThan(0);
  });

  it('exits 2 with one readable line per problem', async () => {
    expect((await run(['load'])).errors).toEqual([
      'runstrong load: give activity files or folders, or --export FILE (or both)',
    ]);
    const days = await load(['--days', '400']);
    expect(days.code).toBe(2);
    expect(days.errors).toEqual([
      'runstrong load: --days "400" is not accepted; accepted: a whole number of days from 7 to 366',
    ]);
    const to = await load(['--to', '2027-02-30']);
    expect(to.errors).toEqual([
      'runstrong load: --to "2027-02-30" is not a calendar date; accepted: YYYY-MM-DD, e.g. 2027-01-05',
    ]);
    const wrong = await load([], JSON.stringify({ format: 'something-else', workouts: [] }));
    expect(wrong.code).toBe(2);
    expect(wrong.errors[0]).toMatch(/^export\.json: format: .*expected a RunStrong export/);
    expect(wrong.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
