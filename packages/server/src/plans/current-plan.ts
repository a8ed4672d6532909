import { applyChanges, type Plan } from '@runstrong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../http/app-error';
import { planRepository, type StoredChange, type StoredPlan } from './plan.repository';

export interface CurrentPlan {
  stored: StoredPlan;
  changes: StoredChange[];
  /** The latest generated plan with the runner's moves, skips and swaps applied. */
  plan: Plan;
}

/**
 * Parsed current plans, by runner and plan id, with the ids of the changes applied to them. A plan
 * version never changes once stored and changes are only ever added, so an entry is right for as
 * long as the database lists the same change ids for that plan: every read still asks the
 * database for the latest version and its change ids (two small queries), which keeps any number
 * of stateless instances in step; only the parsing and applying is saved. Entries are frozen,
 * because they are shared between requests. Least recently used first out.
 */
const CACHE_SIZE = 100;
const cache = new Map<string, { changeIds: string; current: CurrentPlan }>();

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
};

const remember = (key: string, changeIds: string, current: CurrentPlan): void => {
  cache.delete(key);
  cache.set(key, { changeIds, current });
  for (const oldest of cache.keys()) {
    if (cache.size <= CACHE_SIZE) break;
    cache.delete(oldest);
  }
};

/** The runner's plan as it stands now, or undefined when they have generated none. */
export const loadCurrentPlan = async (
  db: Kysely<Database>,
  userId: string,
): Promise<CurrentPlan | undefined> => {
  const head = await db
    .selectFrom('plan')
    .select(['id', 'version'])
    .where('user_id', '=', userId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!head) return undefined;
  const changeRows = await db
    .selectFrom('plan_change')
    .select('id')
    .where('user_id', '=', userId)
    .where('plan_id', '=', head.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const key = `${userId}:${head.id}`;
  const cached = cache.get(key);
  if (cached && cached.changeIds === changeRows.map((r) => r.id).join(',')) {
    remember(key, cached.changeIds, cached.current);
    return cached.current;
  }

  const plans = planRepository(db);
  const stored = cached?.current.stored ?? (await plans.byVersion(userId, head.version));
  // Gone, or replaced, since the first query: answer from what is there now.
  if (!stored || stored.id !== head.id) return uncachedCurrentPlan(db, userId);
  const changes = await plans.changes(userId, stored.id);
  const current = deepFreeze({
    stored,
    changes,
    plan:
      changes.length === 0
        ? stored.plan
        : applyChanges(
            stored.plan,
            changes.map((c) => c.change),
            stored.profile,
          ),
  });
  remember(key, changes.map((c) => c.id).join(','), current);
  return current;
};

/** The same answer without the cache: the latest version, its changes, applied. */
const uncachedCurrentPlan = async (
  db: Kysely<Database>,
  userId: string,
): Promise<CurrentPlan | undefined> => {
  const plans = planRepository(db);
  const stored = await plans.latest(userId);
  if (!stored) return undefined;
  const changes = await plans.changes(userId, stored.id);
  return {
    stored,
    changes,
    plan: applyChanges(
      stored.plan,
      changes.map((c) => c.change),
      stored.profile,
    ),
  };
};

export const requireCurrentPlan = async (
  db: Kysely<Database>,
  userId: string,
): Promise<CurrentPlan> => {
  const current = await loadCurrentPlan(db, userId);
  if (!current) throw new AppError(404, 'no-plan', 'no plan yet: POST /api/plans first');
  return current;
};
