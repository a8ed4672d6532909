import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { exampleProfile } from '../testing/fixtures';
import { type Client, createTestApp, signUp, type TestApp } from '../testing/test-app';

describeEachDatabase('plans API', (kind) => {
  let t: TestApp;
  let runner: Client;
  beforeAll(async () => {
    t = await createTestApp(kind);
    runner = await signUp(t);
    await runner.request('PUT', '/api/profile', exampleProfile());
    const created = await runner.request('POST', '/api/plans', {});
    expect(created.statusCode).toBe(201);
  });
  afterAll(() => t.close());

  const day = async (date: string) => {
    const response = await runner.request('GET', `/api/plan?from=${date}&to=${date}`);
    return (
      response.json() as { days: { date: string; sessions: { id: string; skipped?: boolean }[] }[] }
    ).days[0];
  };

  it('needs a profile before a plan', async () => {
    const fresh = await signUp(t);
    const response = await fresh.request('POST', '/api/plans', {});
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'no-profile' } });
    expect((await fresh.request('GET', '/api/plan/today')).json()).toMatchObject({
      error: { code: 'no-plan' },
    });
  });

  it('keeps every plan version', async () => {
    const second = await runner.request('POST', '/api/plans', { program: 'seed-sample-week' });
    expect(second.json()).toMatchObject({ version: 2, programmeId: 'seed-sample-week' });
    const versions = (await runner.request('GET', '/api/plans')).json() as {
      versions: { version: number }[];
    };
    expect(versions.versions.map((v) => v.version)).toEqual([1, 2]);
    expect((await runner.request('GET', '/api/plans/1')).json()).toMatchObject({
      plan: { programme: { id: 'runstrong-periodised' } },
    });
    // Back to the default programme for the tests below.
    expect((await runner.request('POST', '/api/plans', {})).json()).toMatchObject({ version: 3 });
  });

  it('regenerates future weeks only: days before keepBefore stay as followed', async () => {
    const other = await signUp(t);
    await other.request('PUT', '/api/profile', exampleProfile());
    await other.request('POST', '/api/plans', {});
    await other.request('POST', '/api/plan/sessions/2027-01-05-strength/skip', {});
    await other.request('PUT', '/api/profile', { ...exampleProfile(), equipment: { bands: [] } });
    const regenerated = await other.request('POST', '/api/plans', { keepBefore: '2027-02-01' });
    expect(regenerated.statusCode).toBe(201);
    const days = (await other.request('GET', '/api/plan?from=2027-01-05&to=2027-02-09')).json() as {
      days: {
        date: string;
        sessions: { skipped?: boolean; exercises: { load: { kind: string } }[] }[];
      }[];
    };
    expect(days.days.find((d) => d.date === '2027-01-05')?.sessions[0]?.skipped).toBe(true);
    const later = days.days.find((d) => d.date === '2027-02-09')?.sessions[0];
    expect(later?.exercises.every((e) => e.load.kind === 'none')).toBe(true);
  });

  it('reads the current plan by date range', async () => {
    const response = await runner.request('GET', '/api/plan?from=2027-01-04&to=2027-01-10');
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      days: { date: string; phase: string; sessions: unknown[] }[];
    };
    expect(body.days.map((d) => d.date)).toEqual([
      '2027-01-04',
      '2027-01-05',
      '2027-01-06',
      '2027-01-07',
      '2027-01-08',
      '2027-01-09',
      '2027-01-10',
    ]);
    expect(body.days.filter((d) => d.sessions.length > 0).map((d) => d.date)).toEqual([
      '2027-01-05',
      '2027-01-07',
    ]);
  });

  it("gives today's session by the server's clock", async () => {
    t.setNow(new Date('2027-01-05T07:00:00Z'));
    const today = (await runner.request('GET', '/api/plan/today')).json() as {
      date: string;
      day: { sessions: { id: string }[] };
    };
    expect(today.date).toBe('2027-01-05');
    expect(today.day.sessions.map((s) => s.id)).toEqual(['2027-01-05-strength']);
    expect((await runner.request('GET', '/api/plan/today?date=2026-01-01')).json()).toEqual({
      date: '2026-01-01',
      inPlan: false,
    });
  });

  it('explains a date with rule ids', async () => {
    const response = await runner.request('GET', '/api/plan/explain?date=2027-01-08');
    expect(response.json()).toMatchObject({
      reasons: expect.arrayContaining(['A2: No strength the day before the long run']),
    });
  });

  it('A2: refuses a move onto the day before the long run, with the rule id, and changes nothing', async () => {
    const response = await runner.request('POST', '/api/plan/sessions/2027-01-14-strength/move', {
      to: '2027-01-15',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ error: { code: 'rule-violation', rule: 'A2' } });
    expect((await day('2027-01-14'))?.sessions.map((s) => s.id)).toEqual(['2027-01-14-strength']);
  });

  it('A2: accepts the move when the runner insists, and records the warning', async () => {
    const response = await runner.request('POST', '/api/plan/sessions/2027-01-14-strength/move', {
      to: '2027-01-15',
      insist: true,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      date: '2027-01-15',
      warnings: [expect.objectContaining({ rule: 'A2' })],
    });
    expect((await day('2027-01-15'))?.sessions.map((s) => s.id)).toEqual(['2027-01-14-strength']);
    const explained = (await runner.request('GET', '/api/plan/explain?date=2027-01-15')).json() as {
      changes: string[];
    };
    expect(explained.changes[0]).toMatch(/warning: A2/);
  });

  it('A1: refuses a move next to another session', async () => {
    const response = await runner.request('POST', '/api/plan/sessions/2027-01-19-strength/move', {
      to: '2027-01-20',
    });
    expect(response.json()).toMatchObject({ error: { code: 'rule-violation', rule: 'A1' } });
  });

  it('moves within the rules, and a replay with the same client id moves once', async () => {
    const id = crypto.randomUUID();
    const body = { id, to: '2027-01-18' };
    const first = await runner.request('POST', '/api/plan/sessions/2027-01-19-strength/move', body);
    const again = await runner.request('POST', '/api/plan/sessions/2027-01-19-strength/move', body);
    expect(first.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ changeId: id, date: '2027-01-18' });
    const rows = await t.store.db
      .selectFrom('plan_change')
      .select('id')
      .where('id', '=', id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('skips a session: it stays in the plan, marked skipped', async () => {
    await runner.request('POST', '/api/plan/sessions/2027-01-21-strength/skip', {});
    expect((await day('2027-01-21'))?.sessions[0]).toMatchObject({
      id: '2027-01-21-strength',
      skipped: true,
    });
  });

  it('A10: swaps an exercise only for an option the runner can do', async () => {
    const options = (
      await runner.request(
        'GET',
        '/api/plan/sessions/2027-01-26-strength/swap-options?exerciseId=single-leg-squat',
      )
    ).json() as {
      options: { id: string }[];
    };
    expect(options.options.length).toBeGreaterThan(0);
    const choice = options.options[0]?.id as string;
    const ok = await runner.request('POST', '/api/plan/sessions/2027-01-26-strength/swap', {
      exerciseId: 'single-leg-squat',
      with: choice,
    });
    expect(ok.statusCode).toBe(200);
    const refused = await runner.request('POST', '/api/plan/sessions/2027-01-28-strength/swap', {
      exerciseId: 'split-squat',
      with: 'back-squat',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: { code: 'swap-not-allowed' } });
  });

  it('IDOR: another runner cannot see or change this plan', async () => {
    const other = await signUp(t);
    expect((await other.request('GET', '/api/plans/1')).statusCode).toBe(404);
    const move = await other.request('POST', '/api/plan/sessions/2027-02-02-strength/skip', {});
    expect(move.statusCode).toBe(404);
    expect((await day('2027-02-02'))?.sessions[0]?.skipped).toBeUndefined();
  });

  it('refuses malformed dates with the field path', async () => {
    const response = await runner.request('GET', '/api/plan?from=2027-13-01');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: {
        code: 'invalid-request',
        issues: [expect.objectContaining({ path: 'querystring.from' })],
      },
    });
  });
});
