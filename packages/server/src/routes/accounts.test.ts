import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { cookieFrom, createTestApp, signUp, type TestApp, uniqueEmail } from '../testing/test-app';

describeEachDatabase('accounts', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const signIn = (email: string, password: string, ip = '203.0.113.7') =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: t.origin },
      remoteAddress: ip,
      payload: { email, password },
    });

  it('signs up with an HttpOnly, SameSite session cookie', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin: t.origin },
      payload: { email: uniqueEmail(), password: 'correct horse battery', name: 'Ann' },
    });
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('stores the password as an argon2id hash', async () => {
    const email = uniqueEmail();
    await signUp(t, email, 'a long enough password');
    const row = await t.store.db
      .selectFrom('user')
      .innerJoin('account', 'account.userId', 'user.id')
      .select('account.password')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(row.password).toMatch(/^\$argon2id\$/);
  });

  it('signs in, signs out, and the old cookie stops working', async () => {
    const email = uniqueEmail();
    await signUp(t, email, 'correct horse battery');
    const signedIn = await signIn(email, 'correct horse battery', '198.51.100.1');
    expect(signedIn.statusCode).toBe(200);
    const cookie = cookieFrom(signedIn);
    const profile = await t.app.inject({ method: 'GET', url: '/api/tokens', headers: { cookie } });
    expect(profile.statusCode).toBe(200);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie, origin: t.origin },
      payload: {},
    });
    expect(out.statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/tokens', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    const email = uniqueEmail();
    await signUp(t, email);
    const wrong = await signIn(email, 'not the password', '198.51.100.2');
    const unknown = await signIn(uniqueEmail(), 'not the password', '198.51.100.2');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('limits sign-in attempts per client address: the sixth within a minute is refused', async () => {
    const email = uniqueEmail();
    await signUp(t, email);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await signIn(email, 'guess', '192.0.2.66')).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    // Even the right password waits out the window from that address; another address is unaffected.
    expect((await signIn(email, 'correct horse battery', '192.0.2.66')).statusCode).toBe(429);
    expect((await signIn(email, 'correct horse battery', '192.0.2.67')).statusCode).toBe(200);
  });

  it('limits sign-ups per client address to SIGN_UPS_PER_MINUTE', async () => {
    const strict = await createTestApp(kind, { SIGN_UPS_PER_MINUTE: '2' });
    try {
      const attempt = () =>
        strict.app.inject({
          method: 'POST',
          url: '/api/auth/sign-up/email',
          headers: { origin: strict.origin },
          remoteAddress: '10.99.0.1',
          payload: { email: uniqueEmail(), password: 'correct horse battery', name: 'r' },
        });
      expect((await attempt()).statusCode).toBe(200);
      expect((await attempt()).statusCode).toBe(200);
      expect((await attempt()).statusCode).toBe(429);
    } finally {
      await strict.close();
    }
  });

  it('changes the password: the old one stops working', async () => {
    const email = uniqueEmail();
    const runner = await signUp(t, email, 'first password here');
    const changed = await runner.request('POST', '/api/auth/change-password', {
      currentPassword: 'first password here',
      newPassword: 'second password here',
    });
    expect(changed.statusCode).toBe(200);
    expect((await signIn(email, 'first password here', '198.51.100.3')).statusCode).toBe(401);
    expect((await signIn(email, 'second password here', '198.51.100.3')).statusCode).toBe(200);
  });

  it('expires sessions: a session past its expiry is refused', async () => {
    const runner = await signUp(t);
    await t.store.db
      .updateTable('session')
      // better-auth stores dates as ISO text on SQLite and timestamptz on PostgreSQL.
      .set({
        expiresAt: (kind === 'sqlite'
          ? '2020-01-01T00:00:00.000Z'
          : new Date('2020-01-01T00:00:00Z')) as never,
      })
      .where('userId', '=', runner.userId)
      .execute();
    const response = await runner.request('GET', '/api/tokens');
    expect(response.statusCode).toBe(401);
  });

  it('deletes an account with everything it owns', async () => {
    const runner = await signUp(t);
    await runner.request('POST', '/api/tokens', { name: 'script' });
    const deleted = await runner.request('POST', '/api/auth/delete-user', {
      password: 'correct horse battery',
    });
    expect(deleted.statusCode).toBe(200);
    const tokens = await t.store.db
      .selectFrom('api_token')
      .select('id')
      .where('user_id', '=', runner.userId)
      .execute();
    expect(tokens).toEqual([]);
    const users = await t.store.db
      .selectFrom('user')
      .select('id')
      .where('id', '=', runner.userId)
      .execute();
    expect(users).toEqual([]);
  });

  it('CSRF: a cookie-authenticated write from another origin, or with no origin, is refused', async () => {
    const runner = await signUp(t);
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie: runner.cookie, origin: 'https://evil.example' },
      payload: { name: 'x' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ error: { code: 'csrf-rejected' } });
    const bare = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie: runner.cookie },
      payload: { name: 'x' },
    });
    expect(bare.statusCode).toBe(403);
    const sameOrigin = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie: runner.cookie, 'sec-fetch-site': 'same-origin' },
      payload: { name: 'x' },
    });
    expect(sameOrigin.statusCode).toBe(201);
  });

  it('personal API tokens authenticate without a cookie, need no Origin, and can be revoked', async () => {
    const runner = await signUp(t);
    const created = await runner.request('POST', '/api/tokens', { name: 'cli' });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json() as { token: string; id: string };
    expect(token).toMatch(/^rs_/);
    const stored = await t.store.db
      .selectFrom('api_token')
      .select('token_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    const viaToken = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { authorization: `Bearer ${token}` },
      payload: { name: 'second' },
    });
    expect(viaToken.statusCode).toBe(201);
    const listed = (await runner.request('GET', '/api/tokens')).json() as {
      tokens: { id: string; lastUsedAt: string | null }[];
    };
    expect(listed.tokens.find((x) => x.id === id)?.lastUsedAt).not.toBeNull();
    expect((await runner.request('DELETE', `/api/tokens/${id}`)).statusCode).toBe(204);
    const revoked = await t.app.inject({
      method: 'GET',
      url: '/api/tokens',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.statusCode).toBe(401);
  });

  it('IDOR: another runner’s token id is not found, and nothing of theirs is touched', async () => {
    const owner = await signUp(t);
    const intruder = await signUp(t);
    const { id } = (await owner.request('POST', '/api/tokens', { name: 'mine' })).json() as {
      id: string;
    };
    const attempt = await intruder.request('DELETE', `/api/tokens/${id}`);
    expect(attempt.statusCode).toBe(404);
    const list = (await owner.request('GET', '/api/tokens')).json() as { tokens: { id: string }[] };
    expect(list.tokens.map((x) => x.id)).toContain(id);
  });
});
