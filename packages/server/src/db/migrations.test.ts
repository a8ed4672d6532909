import { getMigrations } from 'better-auth/db/migration';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { createTestApp, type TestApp } from '../testing/test-app';
import { migrateAllDown } from './migrate';

describeEachDatabase('migrations', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('leave better-auth nothing to create or add', async () => {
    const plan = await getMigrations({
      database: { db: t.store.db as never, type: kind },
      emailAndPassword: { enabled: true },
      user: { deleteUser: { enabled: true } },
      rateLimit: { enabled: true, storage: 'database' },
    });
    expect(plan.toBeCreated.map((c) => c.table)).toEqual([]);
    expect(plan.toBeAdded.map((c) => c.table)).toEqual([]);
  });

  it('run down cleanly (and the suite’s own cleanup still works after)', async () => {
    await migrateAllDown(t.store.db as never, t.store.dialect);
    const tables = await t.store.db.introspection.getTables();
    expect(tables.map((x) => x.name).filter((n) => !n.startsWith('kysely_'))).toEqual([]);
  });
});
