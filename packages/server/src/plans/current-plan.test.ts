import { findSession, type IsoDate } from '@runstrong/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { exampleProfile } from '../testing/fixtures';
import { type Client, createTestApp, signUp, type TestApp } from '../testing/test-app';
import { loadCurrentPlan } from './current-plan';

/** The test clock's day (test-app starts on Monday 2027-01-04). */
const TODAY = '2027-01-04' as IsoDate;

/**
 * The current plan is cached parsed, keyed on what the database says now (the latest version and
 * its change ids), so a change written by another instance — here straight into the table — is
 * seen on the next read.
 */
describeEachDatabase('current plan cache', (kind) => {
  let t: TestApp;
  let runner: Client;
  beforeAll(async () => {
    t = await createTestApp(kind);
    runner = await signUp(t);
    await runner.request('PUT', '/api/profile', exampleProfile());
    expect((await runner.request('POST', '/api/plans', {})).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  const load = async () => {
    const current = await loadCurrentPlan(t.store.db, runner.userId, TODAY);
    if (!current) throw new Error('no plan');
    return current;
  };

  it('answers a repeated read from the cache, frozen so no request can change it', async () => {
    const first = await load();
    expect(await load()).toBe(first);
    expect(Object.isFrozen(first.plan.weeks[0]?.days[0])).toBe(true);
    expect(() => {
      (first.plan.weeks as unknown[]).pop();
    }).toThrow(TypeError);
  });

  it('sees a change another instance wrote', async () => {
    const before = await load();
    await t.store.db
      .insertInto('plan_change')
      .values({
        id: crypto.randomUUID(),
        user_id: runner.userId,
        plan_id: before.stored.id,
        kind: 'skip',
        session_id: '2027-01-05-strength',
        payload_json: JSON.stringify({ kind: 'skip', sessionId: '2027-01-05-strength' }),
        warning: null,
        created_at: '2027-01-04T12:00:00.000Z',
      })
      .execute();
    const after = await load();
    expect(after).not.toBe(before);
    expect(after.stored).toBe(before.stored);
    expect(after.changes).toHaveLength(1);
    expect(findSession(after.plan, '2027-01-05-strength')?.session.skipped).toBe(true);
    expect(findSession(before.plan, '2027-01-05-strength')?.session.skipped).toBeUndefined();
    expect(await load()).toBe(after);
  });

  it('sees a change deleted by a data import or account reset', async () => {
    const before = await load();
    await t.store.db.deleteFrom('plan_change').where('user_id', '=', runner.userId).execute();
    const after = await load();
    expect(after.changes).toEqual([]);
    expect(findSession(after.plan, '2027-01-05-strength')?.session.skipped).toBeUndefined();
    expect(before.changes).toHaveLength(1);
  });

  it('moves to a new version as soon as there is one', async () => {
    const before = await load();
    const second = await runner.request('POST', '/api/plans', { program: 'seed-sample-week' });
    expect(second.statusCode).toBe(201);
    const after = await load();
    expect(after.stored.version).toBe(before.stored.version + 1);
    expect(after.plan.programme.id).toBe('seed-sample-week');
  });

  it('has no plan for a runner without one, or once the plans are gone', async () => {
    const fresh = await signUp(t);
    expect(await loadCurrentPlan(t.store.db, fresh.userId, TODAY)).toBeUndefined();
    await t.store.db.deleteFrom('plan').where('user_id', '=', runner.userId).execute();
    expect(await loadCurrentPlan(t.store.db, runner.userId, TODAY)).toBeUndefined();
  });
});
