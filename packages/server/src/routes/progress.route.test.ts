import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { type Client, createTestApp, signUp, type TestApp } from '../testing/test-app';

interface Logged {
  on: string;
  session?: string;
  exercise: string;
  setNumber?: number;
  reps?: number;
  seconds?: number;
  loadKg?: number;
  rpe?: number;
}

describeEachDatabase('progress API', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  /** Logs sets in one batch: `n` sets alike, numbered from `setNumber` (default 1). */
  const logSets = async (runner: Client, entries: (Logged & { n?: number })[]) => {
    const sets = entries.flatMap(({ on, session, exercise, setNumber = 1, n = 1, ...rest }) =>
      Array.from({ length: n }, (_, i) => ({
        id: crypto.randomUUID(),
        sessionId: session ?? `${on}-strength`,
        exerciseId: exercise,
        performedOn: on,
        setNumber: setNumber + i,
        ...rest,
      })),
    );
    const response = await runner.request('POST', '/api/log/sets/batch', { sets });
    expect(response.statusCode).toBe(200);
  };
  const logWorkout = async (runner: Client, body: Record<string, unknown>) => {
    const response = await runner.request('PUT', `/api/log/workouts/${crypto.randomUUID()}`, body);
    expect(response.statusCode).toBe(201);
  };

  it('exercise history: per date the sets, best set, totals, volume load and estimated 1RM', async () => {
    const runner = await signUp(t);
    const other = await signUp(t);
    await logSets(runner, [
      // 3 × 5 × 100 kg: volume 1500; Epley 100 · (1 + 5/30) = 116.67 → 116.7;
      // Brzycki 100 · 36 / (37 − 5) = 112.5.
      { on: '2027-01-05', exercise: 'back-squat', reps: 5, loadKg: 100, rpe: 8, n: 3 },
      // 15 × 60 kg counts for volume (900) but not for 1RM (over 12 reps); 3 × 110 kg:
      // volume 330 → 1230 in all; Epley 110 · 1.1 = 121; Brzycki 110 · 36 / 34 = 116.47 → 116.5.
      // The best set is the heavier one, set 2.
      { on: '2027-01-08', exercise: 'back-squat', reps: 15, loadKg: 60 },
      { on: '2027-01-08', exercise: 'back-squat', setNumber: 2, reps: 3, loadKg: 110 },
      // Bodyweight only: no load, so no volume load and no estimate.
      { on: '2027-01-12', exercise: 'back-squat', reps: 8 },
      // Each formula's best is taken on its own: 142 × 1 is 142 by both; 100 × 12 is
      // 100 · 1.4 = 140 by Epley but 100 · 36 / 25 = 144 by Brzycki.
      { on: '2027-01-15', exercise: 'back-squat', reps: 1, loadKg: 142 },
      { on: '2027-01-15', exercise: 'back-squat', setNumber: 2, reps: 12, loadKg: 100 },
      // Outside the range, another exercise: not shown.
      { on: '2027-01-20', exercise: 'back-squat', reps: 5, loadKg: 200 },
      { on: '2027-01-05', exercise: 'split-squat', reps: 8, loadKg: 20 },
    ]);
    await logSets(other, [{ on: '2027-01-05', exercise: 'back-squat', reps: 5, loadKg: 300 }]);

    const response = await runner.request(
      'GET',
      '/api/progress/exercises/back-squat?from=2027-01-01&to=2027-01-16',
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      exerciseId: 'back-squat',
      exerciseName: 'Barbell back squat',
      from: '2027-01-01',
      to: '2027-01-16',
    });
    const summary = body.days.map(
      (d: { sets: unknown[]; bestSet: { setNumber: number } } & Record<string, unknown>) => ({
        performedOn: d.performedOn,
        sets: d.sets.length,
        best: d.bestSet.setNumber,
        totalReps: d.totalReps,
        volumeLoadKg: d.volumeLoadKg,
        estimatedOneRepMaxKg: d.estimatedOneRepMaxKg,
      }),
    );
    expect(summary).toEqual([
      {
        performedOn: '2027-01-05',
        sets: 3,
        best: 1,
        totalReps: 15,
        volumeLoadKg: 1500,
        estimatedOneRepMaxKg: { epley: 116.7, brzycki: 112.5 },
      },
      {
        performedOn: '2027-01-08',
        sets: 2,
        best: 2,
        totalReps: 18,
        volumeLoadKg: 1230,
        estimatedOneRepMaxKg: { epley: 121, brzycki: 116.5 },
      },
      {
        performedOn: '2027-01-12',
        sets: 1,
        best: 1,
        totalReps: 8,
        volumeLoadKg: 0,
        estimatedOneRepMaxKg: null,
      },
      {
        performedOn: '2027-01-15',
        sets: 2,
        best: 1,
        totalReps: 13,
        volumeLoadKg: 1342,
        estimatedOneRepMaxKg: { epley: 142, brzycki: 144 },
      },
    ]);
    expect(body.days[0].sets[0]).toEqual({
      id: expect.any(String),
      sessionId: '2027-01-05-strength',
      setNumber: 1,
      reps: 5,
      seconds: null,
      loadKg: 100,
      band: null,
      rpe: 8,
      pain: null,
    });
  });

  it('exercise history: an unknown exercise is 404 unknown-exercise; ranges are limited', async () => {
    const runner = await signUp(t);
    const unknown = await runner.request(
      'GET',
      '/api/progress/exercises/nope?from=2027-01-01&to=2027-01-31',
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'unknown-exercise' } });
    const tooLong = await runner.request(
      'GET',
      '/api/progress/exercises/back-squat?from=2027-01-01&to=2028-01-02',
    );
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ error: { code: 'range-too-long' } });
    const empty = await runner.request(
      'GET',
      '/api/progress/exercises/back-squat?from=2027-01-01&to=2027-12-31',
    );
    expect(empty.json()).toMatchObject({ days: [] });
  });

  it('weekly volume: whole ISO weeks from Monday, empty weeks as zeros, session load from workouts', async () => {
    const runner = await signUp(t);
    const other = await signUp(t);
    await logSets(runner, [
      // Saturday 2 January 2027 is in ISO week 2026-W53 (Monday 28 December 2026):
      // 2 × 10 × 20 kg = 400 kg.
      { on: '2027-01-02', exercise: 'goblet-squat', reps: 10, loadKg: 20, n: 2 },
      // 2027-W01 (4–10 January): 3 × 5 × 100 kg = 1500 kg, 2 planks of 45 s = 90 s, and a
      // Nordic session's 6 unloaded reps: 6 sets, 21 reps.
      { on: '2027-01-05', exercise: 'back-squat', reps: 5, loadKg: 100, n: 3 },
      { on: '2027-01-05', exercise: 'plank', seconds: 45, n: 2 },
      {
        on: '2027-01-10',
        session: '2027-01-10-nordic',
        exercise: 'nordic-hamstring-curl',
        reps: 6,
      },
      // Outside the widened range on both sides.
      { on: '2026-12-27', exercise: 'back-squat', reps: 5, loadKg: 100 },
      { on: '2027-01-18', exercise: 'back-squat', reps: 5, loadKg: 100 },
    ]);
    // Session load (B33): 7 × 45 = 315 and 6.5 × 30 = 195, so 510 in W01; the Nordic workout
    // has no minutes, so it adds a session but no load. 2027-01-07 has a workout and no sets.
    await logWorkout(runner, {
      sessionId: '2027-01-05-strength',
      performedOn: '2027-01-05',
      rpe: 7,
      durationMinutes: 45,
    });
    await logWorkout(runner, {
      sessionId: '2027-01-07-strength',
      performedOn: '2027-01-07',
      rpe: 6.5,
      durationMinutes: 30,
    });
    await logWorkout(runner, { sessionId: '2027-01-10-nordic', performedOn: '2027-01-10', rpe: 8 });
    await logSets(other, [{ on: '2027-01-05', exercise: 'back-squat', reps: 5, loadKg: 300 }]);
    await logWorkout(other, {
      sessionId: 'x',
      performedOn: '2027-01-05',
      rpe: 9,
      durationMinutes: 90,
    });

    const response = await runner.request(
      'GET',
      '/api/progress/weekly-volume?from=2027-01-01&to=2027-01-12',
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      from: '2026-12-28',
      to: '2027-01-17',
      weeks: [
        {
          week: '2026-W53',
          weekStart: '2026-12-28',
          weekEnd: '2027-01-03',
          sets: 2,
          totalReps: 20,
          totalSeconds: 0,
          volumeLoadKg: 400,
          sessionsLogged: 1,
          sessionLoad: 0,
        },
        {
          week: '2027-W01',
          weekStart: '2027-01-04',
          weekEnd: '2027-01-10',
          sets: 6,
          totalReps: 21,
          totalSeconds: 90,
          volumeLoadKg: 1500,
          sessionsLogged: 3,
          sessionLoad: 510,
        },
        {
          week: '2027-W02',
          weekStart: '2027-01-11',
          weekEnd: '2027-01-17',
          sets: 0,
          totalReps: 0,
          totalSeconds: 0,
          volumeLoadKg: 0,
          sessionsLogged: 0,
          sessionLoad: 0,
        },
      ],
    });
  });

  it('weekly volume: ranges are limited', async () => {
    const runner = await signUp(t);
    const backwards = await runner.request(
      'GET',
      '/api/progress/weekly-volume?from=2027-02-01&to=2027-01-01',
    );
    expect(backwards.json()).toMatchObject({ error: { code: 'invalid-range' } });
    const tooLong = await runner.request(
      'GET',
      '/api/progress/weekly-volume?from=2027-01-01&to=2028-01-02',
    );
    expect(tooLong.json()).toMatchObject({ error: { code: 'range-too-long' } });
    const year = await runner.request(
      'GET',
      '/api/progress/weekly-volume?from=2027-01-01&to=2028-01-01',
    );
    expect(year.statusCode).toBe(200);
    // 2026-12-28 (Monday) to 2028-01-02 (Sunday): 53 weeks.
    expect(year.json().weeks).toHaveLength(53);
  });

  it('needs a signed-in runner, and is published under the tag progress', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/progress/weekly-volume?from=2027-01-01&to=2027-01-31',
    });
    expect(response.statusCode).toBe(401);
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    expect(doc.paths['/api/progress/exercises/{exerciseId}']?.get?.tags).toEqual(['progress']);
    expect(doc.paths['/api/progress/weekly-volume']?.get?.tags).toEqual(['progress']);
  });
});
