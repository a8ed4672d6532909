import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { exampleProfile } from '../testing/fixtures';
import { type Client, createTestApp, signUp, type TestApp } from '../testing/test-app';

interface Counts {
  planned: number;
  skipped: number;
  done: number;
  rate: number | null;
}
interface AdherenceBody {
  planId: string;
  version: number;
  from: string;
  to: string;
  weeks: (Counts & { index: number; startDate: string; endDate: string; phase: string })[];
  totals: Counts;
}

/** The README's runner with a current Achilles problem: daily rehab beside two strength days. */
const profileWithRehab = () => ({
  ...exampleProfile(),
  injuries: [{ area: 'achilles', status: 'current' }],
});

describeEachDatabase('adherence API', (kind) => {
  let t: TestApp;
  let runner: Client;
  let other: Client;

  const adherence = async (from: string, to: string, who = runner) => {
    const response = await who.request('GET', `/api/progress/adherence?from=${from}&to=${to}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as AdherenceBody;
  };
  const logSet = async (who: Client, sessionId: string, performedOn: string) => {
    const response = await who.request('PUT', `/api/log/sets/${crypto.randomUUID()}`, {
      sessionId,
      exerciseId: 'goblet-squat',
      setNumber: 1,
      performedOn,
      reps: 8,
    });
    expect(response.statusCode, response.body).toBe(201);
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    runner = await signUp(t);
    other = await signUp(t);
    for (const who of [runner, other]) {
      expect((await who.request('PUT', '/api/profile', profileWithRehab())).statusCode).toBe(200);
    }
  });
  afterAll(() => t.close());

  it('needs a sign-in, a valid range and a plan', async () => {
    const anonymous = await t.app.inject({
      method: 'GET',
      url: '/api/progress/adherence?from=2027-01-04&to=2027-01-10',
    });
    expect(anonymous.statusCode).toBe(401);
    const noPlan = await runner.request(
      'GET',
      '/api/progress/adherence?from=2027-01-04&to=2027-01-10',
    );
    expect(noPlan.statusCode).toBe(404);
    expect(noPlan.json()).toMatchObject({ error: { code: 'no-plan' } });
    const backwards = await runner.request(
      'GET',
      '/api/progress/adherence?from=2027-01-10&to=2027-01-04',
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ error: { code: 'invalid-range' } });
    const missing = await runner.request('GET', '/api/progress/adherence?from=2027-01-04');
    expect(missing.statusCode).toBe(400);
  });

  it('counts planned strength sessions per plan week, leaving rehab out', async () => {
    for (const who of [runner, other]) {
      expect((await who.request('POST', '/api/plans', {})).statusCode).toBe(201);
    }
    const body = await adherence('2027-01-04', '2027-01-24');
    expect(body.version).toBe(1);
    expect(body.weeks).toEqual([
      {
        index: 1,
        startDate: '2027-01-04',
        endDate: '2027-01-10',
        phase: 'foundation',
        planned: 2,
        skipped: 0,
        done: 0,
        rate: 0,
      },
      {
        index: 2,
        startDate: '2027-01-11',
        endDate: '2027-01-17',
        phase: 'foundation',
        planned: 2,
        skipped: 0,
        done: 0,
        rate: 0,
      },
      {
        index: 3,
        startDate: '2027-01-18',
        endDate: '2027-01-24',
        phase: 'foundation',
        planned: 2,
        skipped: 0,
        done: 0,
        rate: 0,
      },
    ]);
    expect(body.totals).toEqual({ planned: 6, skipped: 0, done: 0, rate: 0 });
  });

  it('counts a session done once for a logged set or a workout summary, and a skip as planned', async () => {
    // Week 1: two sets for Tuesday's session (logged a day late), a workout summary for Thursday's.
    await logSet(runner, '2027-01-05-strength', '2027-01-06');
    await logSet(runner, '2027-01-05-strength', '2027-01-06');
    const workout = await runner.request('PUT', `/api/log/workouts/${crypto.randomUUID()}`, {
      sessionId: '2027-01-07-strength',
      performedOn: '2027-01-07',
      rpe: 7,
      durationMinutes: 35,
    });
    expect(workout.statusCode, workout.body).toBe(201);
    // Week 2: Tuesday skipped; a rehab session logged (not counted); Thursday not done.
    const skip = await runner.request('POST', '/api/plan/sessions/2027-01-12-strength/skip', {});
    expect(skip.statusCode).toBe(200);
    await logSet(runner, '2027-01-13-rehab', '2027-01-13');
    // Week 3: the other runner's log of the same session ids does not count for this runner.
    await logSet(other, '2027-01-19-strength', '2027-01-19');

    const body = await adherence('2027-01-04', '2027-01-24');
    expect(
      body.weeks.map(({ index, planned, skipped, done, rate }) => ({
        index,
        planned,
        skipped,
        done,
        rate,
      })),
    ).toEqual([
      { index: 1, planned: 2, skipped: 0, done: 2, rate: 1 },
      { index: 2, planned: 2, skipped: 1, done: 0, rate: 0 },
      { index: 3, planned: 2, skipped: 0, done: 0, rate: 0 },
    ]);
    expect(body.totals).toEqual({ planned: 6, skipped: 1, done: 2, rate: 0.333 });
    expect((await adherence('2027-01-18', '2027-01-24', other)).totals).toMatchObject({
      done: 1,
      rate: 0.5,
    });
  });

  it('counts only the days in the range, and null when nothing is planned', async () => {
    const monday = await adherence('2027-01-04', '2027-01-04');
    expect(monday.weeks).toEqual([
      expect.objectContaining({ index: 1, planned: 0, skipped: 0, done: 0, rate: null }),
    ]);
    expect(monday.totals).toEqual({ planned: 0, skipped: 0, done: 0, rate: null });
    const split = await adherence('2027-01-07', '2027-01-12');
    expect(split.weeks.map((w) => [w.index, w.planned, w.skipped, w.done])).toEqual([
      [1, 1, 0, 1],
      [2, 1, 1, 0],
    ]);
    const beforePlan = await adherence('2026-12-01', '2026-12-31');
    expect(beforePlan.weeks).toEqual([]);
    expect(beforePlan.totals.rate).toBeNull();
  });

  it('counts a moved session on the date it was moved to', async () => {
    // Week 3's Thursday session (logged) moves into week 4.
    await logSet(runner, '2027-01-21-strength', '2027-01-25');
    const moved = await runner.request('POST', '/api/plan/sessions/2027-01-21-strength/move', {
      to: '2027-01-25',
      insist: true,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const body = await adherence('2027-01-18', '2027-01-31');
    expect(body.weeks.map((w) => [w.index, w.planned, w.done, w.rate])).toEqual([
      [3, 1, 0, 0],
      [4, 3, 1, 0.333],
    ]);
  });

  it('reads the latest plan version: sessions logged under stable ids still count', async () => {
    const second = await runner.request('POST', '/api/plans', {});
    expect(second.json()).toMatchObject({ version: 2 });
    const body = await adherence('2027-01-04', '2027-01-10');
    expect(body.version).toBe(2);
    expect(body.totals).toEqual({ planned: 2, skipped: 0, done: 2, rate: 1 });
  });

  it('counts the taper week’s activation sessions', async () => {
    const body = await adherence('2027-04-19', '2027-04-25');
    expect(body.weeks).toEqual([
      expect.objectContaining({ index: 16, phase: 'taper', planned: 2, done: 0, rate: 0 }),
    ]);
  });
});

describe('adherence API documentation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('states the definition in the OpenAPI description', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, { get?: { description?: string } }>;
    };
    const description = spec.paths['/api/progress/adherence']?.get?.description ?? '';
    for (const term of ['`planned`', 'rehab', 'skipped', '`done`', 'moved', '`rate`', 'null']) {
      expect(description).toContain(term);
    }
  });
});
