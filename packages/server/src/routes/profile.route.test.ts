import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { exampleProfile } from '../testing/fixtures';
import { createTestApp, signUp, type TestApp } from '../testing/test-app';

describeEachDatabase('runner profile API', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('has no profile until one is saved', async () => {
    const runner = await signUp(t);
    const response = await runner.request('GET', '/api/profile');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'no-profile' } });
  });

  it('saves, reads back and replaces the profile', async () => {
    const runner = await signUp(t);
    const saved = await runner.request('PUT', '/api/profile', exampleProfile());
    expect(saved.statusCode).toBe(200);
    const read = await runner.request('GET', '/api/profile');
    expect(read.json()).toMatchObject({ profile: exampleProfile() });
    const changed = { ...exampleProfile(), sessionsPerWeek: 3 };
    await runner.request('PUT', '/api/profile', changed);
    expect((await runner.request('GET', '/api/profile')).json()).toMatchObject({
      profile: { sessionsPerWeek: 3 },
    });
  });

  it('refuses an invalid profile with the core’s own problems and leaves the stored one as it was', async () => {
    const runner = await signUp(t);
    await runner.request('PUT', '/api/profile', exampleProfile());
    const bad = { ...exampleProfile(), weeks: 99, equipment: { trx: true } };
    const response = await runner.request('PUT', '/api/profile', bad);
    expect(response.statusCode).toBe(400);
    const body = response.json() as {
      error: { code: string; problems: { path: string; message: string }[] };
    };
    expect(body.error.code).toBe('invalid-profile');
    expect(body.error.problems.map((p) => p.path).sort()).toEqual(['equipment.trx', 'weeks']);
    expect(body.error.problems.find((p) => p.path === 'weeks')?.message).toBe('99 is out of range');
    expect((await runner.request('GET', '/api/profile')).json()).toMatchObject({
      profile: { weeks: 16 },
    });
  });

  it('answers malformed JSON with 400 malformed-json', async () => {
    const runner = await signUp(t);
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { cookie: runner.cookie, origin: t.origin, 'content-type': 'application/json' },
      payload: '{"version": 1,',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'malformed-json' } });
  });

  it('answers an oversize body with 413 body-too-large', async () => {
    const runner = await signUp(t);
    const response = await runner.request('PUT', '/api/profile', {
      ...exampleProfile(),
      name: 'x'.repeat(2_000_000),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: { code: 'body-too-large' } });
  });

  it('keeps each runner’s profile to themselves', async () => {
    const a = await signUp(t);
    const b = await signUp(t);
    await a.request('PUT', '/api/profile', exampleProfile());
    expect((await b.request('GET', '/api/profile')).statusCode).toBe(404);
  });
});
