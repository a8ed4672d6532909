import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Auth } from '../auth/auth';
import { registerErrorHandler } from '../http/error-handler';
import { loggerOptions } from '../http/logger';
import type { ZodApp } from '../http/zod-app';
import { describeEachDatabase } from '../testing/databases';
import { exampleProfile } from '../testing/fixtures';
import { type Client, createTestApp, signUp, type TestApp } from '../testing/test-app';
import { registerCalendarRoutes } from './calendar.route';

/** The events as a strict parser (ical.js) reads them. */
const parseFeed = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      description: event.description,
    };
  });

interface PlanView {
  days: { date: string; sessions: { id: string; skipped?: boolean }[] }[];
}

describeEachDatabase('calendar feed', (kind) => {
  let t: TestApp;
  let runner: Client;
  beforeAll(async () => {
    t = await createTestApp(kind);
    runner = await signUp(t);
    await runner.request('PUT', '/api/profile', exampleProfile());
    expect((await runner.request('POST', '/api/plans', {})).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  /** The feed by its URL, as a calendar app would fetch it: no cookie, no Origin. */
  const fetchFeed = (url: string) => t.app.inject({ method: 'GET', url: new URL(url).pathname });

  const newFeedUrl = async (client: Client) => {
    const created = await client.request('POST', '/api/calendar/token');
    expect(created.statusCode).toBe(201);
    return (created.json() as { url: string }).url;
  };

  const sessionsInPlan = async (client: Client) => {
    const plan = (await client.request('GET', '/api/plan')).json() as PlanView;
    return plan.days.flatMap((d) => d.sessions.map((s) => ({ ...s, date: d.date })));
  };

  it('gives a feed URL once, under the public URL, and says only whether one is active', async () => {
    expect((await runner.request('GET', '/api/calendar/token')).json()).toEqual({ active: false });
    const created = await runner.request('POST', '/api/calendar/token');
    const body = created.json() as { url: string; createdAt: string };
    expect(body.url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(body.createdAt).toBe('2027-01-04T12:00:00.000Z');
    const status = await runner.request('GET', '/api/calendar/token');
    expect(status.json()).toEqual({ active: true, createdAt: body.createdAt });
    const token = body.url.split('/').pop()?.replace('.ics', '') ?? '';
    expect(status.body).not.toContain(token);
    const stored = await t.store.db
      .selectFrom('calendar_token')
      .select('token_hash')
      .where('user_id', '=', runner.userId)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toContain(token);
  });

  it('serves the current plan as iCalendar: one all-day event per session, stable UIDs', async () => {
    const url = await newFeedUrl(runner);
    const response = await fetchFeed(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toBe('private, max-age=300');
    const events = parseFeed(response.body);
    const sessions = await sessionsInPlan(runner);
    expect(sessions.length).toBeGreaterThan(0);
    expect(events.map((e) => [e.uid, e.start])).toEqual(
      sessions.map((s) => [`${s.id}@runstrong`, s.date]),
    );
    expect(events.every((e) => e.allDay)).toBe(true);
    expect(events[0]?.uid).toBe('2027-01-05-strength@runstrong');
    expect(events[0]?.description).toContain('Single-leg squat: 3 × 10 per leg, bodyweight');
  });

  it('follows a move (same UID, new date) and leaves a skipped session out', async () => {
    const url = await newFeedUrl(runner);
    const moved = await runner.request('POST', '/api/plan/sessions/2027-01-19-strength/move', {
      to: '2027-01-18',
      insist: true,
    });
    expect(moved.statusCode).toBe(200);
    await runner.request('POST', '/api/plan/sessions/2027-01-21-strength/skip', {});
    const events = parseFeed((await fetchFeed(url)).body);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.get('2027-01-19-strength@runstrong')?.start).toBe('2027-01-18');
    expect(byUid.has('2027-01-21-strength@runstrong')).toBe(false);
    const sessions = await sessionsInPlan(runner);
    expect(events).toHaveLength(sessions.filter((s) => !s.skipped).length);
  });

  it('stops serving an old URL when a new one is made, and a revoked one', async () => {
    const first = await newFeedUrl(runner);
    const second = await newFeedUrl(runner);
    const old = await fetchFeed(first);
    expect(old.statusCode).toBe(404);
    expect(old.json()).toEqual({
      error: { code: 'not-found', message: 'that calendar was not found' },
    });
    expect((await fetchFeed(second)).statusCode).toBe(200);
    expect((await runner.request('DELETE', '/api/calendar/token')).statusCode).toBe(204);
    // Revoking twice is fine; the revoked URL answers exactly like one that never existed.
    expect((await runner.request('DELETE', '/api/calendar/token')).statusCode).toBe(204);
    expect((await fetchFeed(second)).json()).toEqual(old.json());
    expect((await fetchFeed(`${t.origin}/api/calendar/never-issued.ics`)).json()).toEqual(
      old.json(),
    );
    expect((await runner.request('GET', '/api/calendar/token')).json()).toEqual({ active: false });
  });

  it('shows each runner only their own plan, and an empty calendar before there is one', async () => {
    const other = await signUp(t);
    const url = await newFeedUrl(other);
    const empty = await fetchFeed(url);
    expect(empty.statusCode).toBe(200);
    expect(parseFeed(empty.body)).toEqual([]);
    await other.request('PUT', '/api/profile', {
      ...exampleProfile(),
      program: 'seed-sample-week',
    });
    await other.request('POST', '/api/plans', {});
    const theirs = parseFeed((await fetchFeed(url)).body);
    const expected = await sessionsInPlan(other);
    expect(theirs.map((e) => [e.uid, e.start])).toEqual(
      expected.map((s) => [`${s.id}@runstrong`, s.date]),
    );
    // The first runner's move is theirs alone.
    expect(theirs.find((e) => e.uid === '2027-01-19-strength@runstrong')?.start).not.toBe(
      '2027-01-18',
    );
  });

  it('needs a signed-in runner to make, read or revoke a feed URL', async () => {
    for (const method of ['POST', 'GET', 'DELETE'] as const) {
      const response = await t.app.inject({ method, url: '/api/calendar/token' });
      expect(response.statusCode).toBe(401);
    }
  });

  it('keeps the token out of the logs', async () => {
    const url = await newFeedUrl(runner);
    const token = new URL(url).pathname.split('/').pop()?.replace('.ics', '') ?? '';
    let logged = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logged += String(chunk);
        done();
      },
    });
    // The server's own logger settings, writing where the test can read them.
    const app = Fastify({
      logger: { ...(loggerOptions('trace') as object), stream },
    }).withTypeProvider();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerErrorHandler(app);
    registerCalendarRoutes(app as unknown as ZodApp, {
      store: t.store,
      config: t.database.config,
      auth: {} as Auth,
      now: () => new Date('2027-01-04T12:00:00Z'),
      authenticate: async () => undefined,
    });
    expect((await app.inject({ method: 'GET', url: new URL(url).pathname })).statusCode).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: `${new URL(url).pathname}?x=1` })).statusCode,
    ).toBe(200);
    await app.inject({ method: 'GET', url: `/api/calendar/${token}x.ics` });
    await app.close();
    expect(logged).toContain('/api/calendar/[redacted]');
    expect(logged).not.toContain(token);
  });
});
