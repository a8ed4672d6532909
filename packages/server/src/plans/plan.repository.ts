import {
  type Plan,
  type PlanChange,
  planChangeSchema,
  type RunnerProfile,
  runnerProfileSchema,
} from '@runstrong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface StoredPlan {
  id: string;
  version: number;
  programmeId: string;
  createdAt: string;
  profile: RunnerProfile;
  plan: Plan;
}

export interface StoredChange {
  id: string;
  change: PlanChange;
  warning: string | null;
  createdAt: string;
}

type PlanRow = Database['plan'];

const toStoredPlan = (row: PlanRow): StoredPlan => ({
  id: row.id,
  version: row.version,
  programmeId: row.programme_id,
  createdAt: row.created_at,
  profile: runnerProfileSchema.parse(JSON.parse(row.profile_json)),
  plan: JSON.parse(row.plan_json) as Plan,
});

/** Plans by version, every query scoped to its owner. */
export const planRepository = (db: Kysely<Database>) => ({
  async latest(userId: string): Promise<StoredPlan | undefined> {
    const row = await db
      .selectFrom('plan')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? toStoredPlan(row) : undefined;
  },

  async byVersion(userId: string, version: number): Promise<StoredPlan | undefined> {
    const row = await db
      .selectFrom('plan')
      .selectAll()
      .where('user_id', '=', userId)
      .where('version', '=', version)
      .executeTakeFirst();
    return row ? toStoredPlan(row) : undefined;
  },

  async versions(userId: string) {
    return db
      .selectFrom('plan')
      .select(['id', 'version', 'programme_id', 'created_at'])
      .where('user_id', '=', userId)
      .orderBy('version', 'asc')
      .execute();
  },

  /**
   * Stores a new version. Touching the runner's own user row first takes its row lock (a no-op
   * write on SQLite, which serialises writers anyway), so two instances generating at once take
   * turns: each reads the latest number after the other has committed.
   */
  async create(
    userId: string,
    input: { profileJson: string; plan: Plan; createdAt: string },
  ): Promise<StoredPlan> {
    return db.transaction().execute(async (trx) => {
      await trx
        .updateTable('user')
        .set((eb) => ({ updatedAt: eb.ref('updatedAt') }))
        .where('id', '=', userId)
        .execute();
      const last = await trx
        .selectFrom('plan')
        .select('version')
        .where('user_id', '=', userId)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      const row: PlanRow = {
        id: crypto.randomUUID(),
        user_id: userId,
        version: (last?.version ?? 0) + 1,
        programme_id: input.plan.programme.id,
        profile_json: input.profileJson,
        plan_json: JSON.stringify(input.plan),
        created_at: input.createdAt,
      };
      await trx.insertInto('plan').values(row).execute();
      return toStoredPlan(row);
    });
  },

  async changes(userId: string, planId: string): Promise<StoredChange[]> {
    const rows = await db
      .selectFrom('plan_change')
      .selectAll()
      .where('user_id', '=', userId)
      .where('plan_id', '=', planId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      change: planChangeSchema.parse(JSON.parse(r.payload_json)),
      warning: r.warning,
      createdAt: r.created_at,
    }));
  },

  async changeById(userId: string, id: string): Promise<StoredChange | undefined> {
    const row = await db
      .selectFrom('plan_change')
      .selectAll()
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row
      ? {
          id: row.id,
          change: planChangeSchema.parse(JSON.parse(row.payload_json)),
          warning: row.warning,
          createdAt: row.created_at,
        }
      : undefined;
  },

  async addChange(
    userId: string,
    planId: string,
    input: { id: string; change: PlanChange; warning: string | null; createdAt: string },
  ): Promise<void> {
    await db
      .insertInto('plan_change')
      .values({
        id: input.id,
        user_id: userId,
        plan_id: planId,
        kind: input.change.kind,
        session_id: input.change.sessionId,
        payload_json: JSON.stringify(input.change),
        warning: input.warning,
        created_at: input.createdAt,
      })
      .execute();
  },
});
