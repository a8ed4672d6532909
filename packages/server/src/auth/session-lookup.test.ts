import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { type Client, createTestApp, signUp, type TestApp } from '../testing/test-app';
import { type Auth, createAuth } from './auth';
import { createSessionLookup } from './session-lookup';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The session fast path answers only what better-auth would answer the same way without writing
 * anything; every other case reaches `auth.api.getSession`, counted here.
 */
describeEachDatabase('session lookup', (kind) => {
  let t: TestApp;
  let auth: Auth;
  let slowCalls = 0;
  let lookup: ReturnType<typeof createSessionLookup>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const { config } = t.database;
    auth = createAuth(t.store.db, t.store.dialect, {
      publicUrl: config.publicUrl,
      trustedOrigins: config.trustedOrigins,
      sessionDays: config.sessionDays,
      signInAttemptsPerMinute: config.signInAttemptsPerMinute,
      signUpsPerMinute: config.signUpsPerMinute,
      secret: config.authSecret ?? '',
    });
    const counting = {
      ...auth,
      api: {
        ...auth.api,
        getSession: (...args: Parameters<Auth['api']['getSession']>) => {
          slowCalls++;
          return auth.api.getSession(...args);
        },
      },
    } as Auth;
    lookup = createSessionLookup(t.store.db, counting);
  });
  afterAll(() => t.close());

  const find = async (cookie: string) => {
    const before = slowCalls;
    const { userId } = await lookup({ cookie }, () => new Headers({ cookie }));
    return { userId, viaBetterAuth: slowCalls > before };
  };
  const setExpiry = (runner: Client, at: Date) =>
    t.store.db
      .updateTable('session')
      .set({ expiresAt: (kind === 'sqlite' ? at.toISOString() : at) as never })
      .where('userId', '=', runner.userId)
      .execute();
  const expiryOf = async (runner: Client) =>
    new Date(
      (
        await t.store.db
          .selectFrom('session')
          .select('expiresAt')
          .where('userId', '=', runner.userId)
          .executeTakeFirstOrThrow()
      ).expiresAt,
    ).getTime();

  it('finds a fresh session without better-auth, among other cookies', async () => {
    const runner = await signUp(t);
    expect(await find(runner.cookie)).toEqual({ userId: runner.userId, viaBetterAuth: false });
    expect(await find(`theme=dark; ${runner.cookie}; other=1`)).toEqual({
      userId: runner.userId,
      viaBetterAuth: false,
    });
  });

  it('leaves a missing, unsigned or tampered cookie to better-auth, which refuses it', async () => {
    const runner = await signUp(t);
    const [name, value = ''] = runner.cookie.split('=');
    const token = decodeURIComponent(value).split('.')[0];
    expect(await find('theme=dark')).toEqual({ userId: undefined, viaBetterAuth: true });
    expect(await find(`${name}=${token}`)).toEqual({ userId: undefined, viaBetterAuth: true });
    const otherSignature = encodeURIComponent(`${token}.${'A'.repeat(43)}=`);
    expect(await find(`${name}=${otherSignature}`)).toEqual({
      userId: undefined,
      viaBetterAuth: true,
    });
    const otherToken = encodeURIComponent(`x${decodeURIComponent(value)}`);
    expect(await find(`${name}=${otherToken}`)).toEqual({
      userId: undefined,
      viaBetterAuth: true,
    });
  });

  it('refuses a signed-out session, and a deleted account’s', async () => {
    const runner = await signUp(t);
    await t.store.db.deleteFrom('session').where('userId', '=', runner.userId).execute();
    expect(await find(runner.cookie)).toEqual({ userId: undefined, viaBetterAuth: true });
    const gone = await signUp(t);
    await t.store.db.deleteFrom('user').where('id', '=', gone.userId).execute();
    expect(await find(gone.cookie)).toEqual({ userId: undefined, viaBetterAuth: true });
  });

  it('leaves an expired session to better-auth, which refuses and deletes it', async () => {
    const runner = await signUp(t);
    await setExpiry(runner, new Date(Date.now() - 1000));
    expect(await find(runner.cookie)).toEqual({ userId: undefined, viaBetterAuth: true });
    const left = await t.store.db
      .selectFrom('session')
      .select('id')
      .where('userId', '=', runner.userId)
      .execute();
    expect(left).toEqual([]);
  });

  it('leaves a session due for its sliding refresh to better-auth, which extends it', async () => {
    const runner = await signUp(t);
    const sessionDays = t.database.config.sessionDays;
    // Made two days ago: past better-auth's one-day update age.
    await setExpiry(runner, new Date(Date.now() + (sessionDays - 2) * DAY_MS));
    expect(await find(runner.cookie)).toEqual({ userId: runner.userId, viaBetterAuth: true });
    expect(await expiryOf(runner)).toBeGreaterThan(Date.now() + (sessionDays - 1) * DAY_MS);
    // …and the browser's cookie slides with it: the refreshed Set-Cookie is passed on.
    await setExpiry(runner, new Date(Date.now() + (sessionDays - 2) * DAY_MS));
    const refreshed = await lookup(
      { cookie: runner.cookie },
      () => new Headers({ cookie: runner.cookie }),
    );
    expect(refreshed.setCookies.join(';')).toMatch(/Max-Age=\d+/);
    // Refreshed: the next request takes the fast path again.
    expect(await find(runner.cookie)).toEqual({ userId: runner.userId, viaBetterAuth: false });
  });

  it('leaves a "don’t remember me" session to better-auth', async () => {
    const runner = await signUp(t);
    const context = await auth.$context;
    const cookie = `${runner.cookie}; ${context.authCookies.dontRememberToken.name}=x`;
    expect((await find(cookie)).viaBetterAuth).toBe(true);
  });
});
