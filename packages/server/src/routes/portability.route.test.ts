import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpLogRevision } from '../log/log-revision';
import { importDocumentSchema } from '../portability/export-document';
import { importRunnerData } from '../portability/import-runner-data';
import { describeEachDatabase } from '../testing/databases';
import { exampleProfile } from '../testing/fixtures';
import { activityFixture, multipartBody } from '../testing/multipart';
import { type Client, createTestApp, signUp, type TestApp } from '../testing/test-app';

interface ExportDoc {
  format: string;
  version: number;
  exportedAt: string;
  account: { email: string; name: string };
  plans: { id: string; changes: { id: string }[] }[];
  workouts: { id: string }[];
  sets: { id: string }[];
  activities: { id: string; file: string; sport: string }[];
  apiTokens: { name: string; createdAt: string }[];
  [key: string]: unknown;
}

/** The runner's data, without what belongs to the export itself or to the account. */
const dataOf = ({ exportedAt: _at, account: _account, ...data }: ExportDoc) => data;

const exportOf = async (client: Client): Promise<ExportDoc> => {
  const response = await client.request('GET', '/api/export');
  expect(response.statusCode).toBe(200);
  return response.json() as ExportDoc;
};

/** Sets and workouts go straight into the tables: the log routes are not what is tested here. */
const logSomeTraining = async (t: TestApp, userId: string) => {
  const at = (day: string) => `2027-01-${day}T18:00:00.000Z`;
  await t.store.db
    .insertInto('workout')
    .values(
      ['05', '07'].map((day) => ({
        id: crypto.randomUUID(),
        user_id: userId,
        session_id: `2027-01-${day}-strength`,
        performed_on: `2027-01-${day}`,
        rpe: 7.5,
        duration_minutes: 35,
        notes: day === '05' ? 'felt strong' : null,
        created_at: at(day),
        updated_at: at(day),
      })),
    )
    .execute();
  await t.store.db
    .insertInto('set_log')
    .values(
      [1, 2, 3].map((n) => ({
        id: crypto.randomUUID(),
        user_id: userId,
        session_id: '2027-01-05-strength',
        exercise_id: 'goblet-squat',
        set_number: n,
        performed_on: '2027-01-05',
        reps: 10,
        seconds: null,
        load_kg: 12.5,
        band: n === 3 ? 'medium' : null,
        rpe: 8,
        pain: n === 1 ? 2 : null,
        notes: null,
        created_at: at('05'),
        updated_at: at('05'),
      })),
    )
    .execute();
  // Written past the log routes, so raise the log revision as they would (the coached plan is
  // cached against it).
  await bumpLogRevision(t.store.db, userId);
};

describeEachDatabase('export and import', (kind) => {
  let t: TestApp;
  let fresh: TestApp;
  let runner: Client;
  let original: ExportDoc;
  beforeAll(async () => {
    t = await createTestApp(kind);
    // A small general body limit: the import route has its own, larger one.
    fresh = await createTestApp(kind, { BODY_LIMIT_BYTES: '1024' });
    runner = await signUp(t);
    expect((await runner.request('PUT', '/api/profile', exampleProfile())).statusCode).toBe(200);
    await runner.request('POST', '/api/plans', {});
    await runner.request('POST', '/api/plan/sessions/2027-01-07-strength/skip', {});
    t.setNow(new Date('2027-01-05T12:00:00Z'));
    // The same day on both servers: the plan is coached from the log as of today.
    fresh.setNow(new Date('2027-01-05T12:00:00Z'));
    await runner.request('POST', '/api/plans', {});
    const moved = await runner.request('POST', '/api/plan/sessions/2027-01-19-strength/move', {
      to: '2027-01-18',
      insist: true,
    });
    expect(moved.statusCode).toBe(200);
    await runner.request('POST', '/api/plan/sessions/2027-01-21-strength/skip', {});
    const plan = (
      await runner.request('GET', '/api/plan?from=2027-01-26&to=2027-01-26')
    ).json() as {
      days: { sessions: { id: string; exercises: { exerciseId: string }[] }[] }[];
    };
    const session = plan.days[0]?.sessions[0];
    const exerciseId = session?.exercises[0]?.exerciseId ?? '';
    const options = (
      await runner.request(
        'GET',
        `/api/plan/sessions/${session?.id}/swap-options?exerciseId=${exerciseId}`,
      )
    ).json() as { options: { id: string }[] };
    const swapped = await runner.request('POST', `/api/plan/sessions/${session?.id}/swap`, {
      exerciseId,
      with: options.options[0]?.id,
    });
    expect(swapped.statusCode).toBe(200);
    await logSomeTraining(t, runner.userId);
    const { payload, headers } = await multipartBody([
      { name: 'run.gpx', bytes: readFileSync(activityFixture('gpx/garmin-connect-run-hr.gpx')) },
    ]);
    const uploaded = await runner.request('POST', '/api/activities', payload, headers);
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    original = await exportOf(runner);
  });
  afterAll(async () => {
    await t.close();
    await fresh.close();
  });

  it('exports everything the runner owns, and no secret', async () => {
    expect(original).toMatchObject({
      format: 'runstrong-export',
      version: 1,
      exportedAt: '2027-01-05T12:00:00.000Z',
      account: { name: expect.any(String), email: expect.stringContaining('@') },
      profile: { profile: exampleProfile() },
    });
    expect(original.plans.map((p) => p.changes.length)).toEqual([1, 3]);
    expect(original.workouts).toHaveLength(2);
    expect(original.sets).toHaveLength(3);
    expect(original.activities).toHaveLength(1);
    // The GPX names no sport, so it is kept as 'other'.
    expect(original.activities[0]).toMatchObject({ file: 'run.gpx', sport: 'other' });
    expect(importDocumentSchema.safeParse(original).success).toBe(true);
    const token = await runner.request('POST', '/api/tokens', { name: 'laptop' });
    const secret = (token.json() as { token: string }).token;
    const withToken = await runner.request('GET', '/api/export');
    expect(withToken.headers['content-disposition']).toBe(
      'attachment; filename="runstrong-export-2027-01-05.json"',
    );
    expect((withToken.json() as ExportDoc).apiTokens).toEqual([
      { name: 'laptop', createdAt: '2027-01-05T12:00:00.000Z' },
    ]);
    const hashes = await t.store.db.selectFrom('api_token').select('token_hash').execute();
    for (const leaked of [secret, ...hashes.map((h) => h.token_hash), runner.cookie, 'argon2'])
      expect(withToken.body).not.toContain(leaked);
    await t.store.db.deleteFrom('api_token').where('user_id', '=', runner.userId).execute();
  });

  it("exports only the runner's own data", async () => {
    const other = await signUp(t);
    expect(dataOf(await exportOf(other))).toEqual({
      format: 'runstrong-export',
      version: 1,
      profile: null,
      plans: [],
      workouts: [],
      sets: [],
      activities: [],
      apiTokens: [],
    });
  });

  it('round-trips through an import on a fresh server', async () => {
    const moved = await signUp(fresh);
    const imported = await moved.request('POST', '/api/import', original);
    expect(imported.statusCode).toBe(201);
    expect(imported.json()).toEqual({
      imported: { profile: 1, plans: 2, changes: 4, workouts: 2, sets: 3, activities: 1 },
      notImported: { apiTokens: 0 },
    });
    const again = await exportOf(moved);
    expect(dataOf(again)).toEqual(dataOf(original));
    // The plan as the runner sees it, changes applied, is the same too.
    const before = (await runner.request('GET', '/api/plan')).json();
    expect((await moved.request('GET', '/api/plan')).json()).toEqual(before);
  });

  it('imports an export made before activities existed (no "activities" key)', async () => {
    const moved = await signUp(fresh);
    const { activities: _none, ...older } = original;
    const newId = () => crypto.randomUUID();
    const parsed = importDocumentSchema.parse(older);
    const doc = {
      ...older,
      plans: parsed.plans.map((p) => ({
        ...p,
        id: newId(),
        changes: p.changes.map((c) => ({ ...c, id: newId() })),
      })),
      workouts: parsed.workouts.map((w) => ({ ...w, id: newId() })),
      sets: parsed.sets.map((x) => ({ ...x, id: newId() })),
    };
    const imported = await moved.request('POST', '/api/import', doc);
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toMatchObject({ imported: { plans: 2, activities: 0 } });
  });

  it('refuses an account that already has data, and changes nothing', async () => {
    const before = await exportOf(runner);
    const response = await runner.request('POST', '/api/import', original);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'account-not-empty' } });
    expect(await exportOf(runner)).toEqual(before);
  });

  it('refuses ids already in use on this server, writing nothing', async () => {
    const other = await signUp(t);
    const response = await other.request('POST', '/api/import', original);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'id-conflict' } });
    expect(dataOf(await exportOf(other))).toMatchObject({ profile: null, plans: [], sets: [] });
  });

  it('writes all or nothing: a failure on the last row leaves the account empty', async () => {
    const other = await signUp(fresh);
    const parsed = importDocumentSchema.parse(original);
    const newId = () => crypto.randomUUID();
    // New ids, so that nothing but the broken row can stop it.
    const doc = {
      ...parsed,
      plans: parsed.plans.map((p) => ({
        ...p,
        id: newId(),
        changes: p.changes.map((c) => ({ ...c, id: newId() })),
      })),
      workouts: parsed.workouts.map((w) => ({ ...w, id: newId() })),
      sets: parsed.sets.map((x) => ({ ...x, id: newId() })),
      activities: parsed.activities.map((a) => ({ ...a, id: newId() })),
    };
    const last = doc.sets.at(-1);
    if (!last) throw new Error('the export has sets');
    // Past the schema, only the database can refuse it: after everything else was written.
    doc.sets[doc.sets.length - 1] = { ...last, setNumber: null as never };
    await expect(importRunnerData(fresh.store, other.userId, doc)).rejects.toThrow(/null/i);
    expect(dataOf(await exportOf(other))).toMatchObject({
      profile: null,
      plans: [],
      workouts: [],
      sets: [],
      activities: [],
    });
  });

  it('answers a malformed document with 400 and the paths of what is wrong', async () => {
    const other = await signUp(t);
    const broken = structuredClone(original) as ExportDoc & {
      plans: { changes: { id: string }[]; plan: { weeks: unknown } }[];
      workouts: { performedOn: string }[];
      sets: { band: string }[];
    };
    const [first, second] = broken.plans;
    if (!first || !second) throw new Error('the export has two plans');
    first.changes[0] = { ...first.changes[0], id: 'not-a-uuid' };
    second.plan.weeks = 'many';
    broken.workouts[1] = { ...broken.workouts[1], performedOn: '2027-02-30' } as never;
    broken.sets[0] = { ...broken.sets[0], band: 'elastic' } as never;
    const response = await other.request('POST', '/api/import', broken);
    expect(response.statusCode).toBe(400);
    const { error } = response.json() as { error: { code: string; issues: { path: string }[] } };
    expect(error.code).toBe('invalid-request');
    expect(error.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        'body.plans.0.changes.0.id',
        'body.plans.1.plan.weeks',
        'body.workouts.1.performedOn',
        'body.sets.0.band',
      ]),
    );
    expect(dataOf(await exportOf(other))).toMatchObject({ profile: null, plans: [] });
  });

  it('checks embedded profiles with the coach rules, and ids given twice', async () => {
    const other = await signUp(t);
    const doc = structuredClone(original) as ExportDoc & {
      profile: { profile: Record<string, unknown> };
    };
    doc.profile.profile = { ...doc.profile.profile, weeks: 99 };
    doc.sets = [...doc.sets, doc.sets[0] as { id: string }];
    const response = await other.request('POST', '/api/import', doc);
    expect(response.statusCode).toBe(400);
    const { error } = response.json() as { error: { issues: { path: string }[] } };
    expect(error.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['body.profile.profile.weeks', 'body.sets.3.id']),
    );
  });

  it('answers another kind of document with 400 unsupported-export', async () => {
    const other = await signUp(t);
    for (const doc of [
      { ...original, version: 2 },
      { ...original, format: 'strava-export' },
      { hello: 'world' },
    ]) {
      const response = await other.request('POST', '/api/import', doc);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'unsupported-export' } });
    }
  });

  it('needs a signed-in runner, before reading the body', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/import',
      payload: original,
    });
    expect(response.statusCode).toBe(401);
    const unread = await t.app.inject({
      method: 'POST',
      url: '/api/import',
      headers: { 'content-type': 'application/json' },
      payload: '{ not even JSON',
    });
    expect(unread.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect((await t.app.inject({ method: 'GET', url: '/api/export' })).statusCode).toBe(401);
  });
});

describe('import body limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { IMPORT_LIMIT_BYTES: '2048' });
  });
  afterAll(() => t.close());

  it('answers 413 above IMPORT_LIMIT_BYTES', async () => {
    const runner = await signUp(t);
    const response = await runner.request('POST', '/api/import', {
      format: 'runstrong-export',
      version: 1,
      padding: 'x'.repeat(4096),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: { code: 'body-too-large' } });
  });
});
