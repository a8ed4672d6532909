import {
  applyChanges,
  type CoachingResult,
  coachPlan,
  type IsoDate,
  type Plan,
} from '@runstrong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../http/app-error';
import { logRevisionOf } from '../log/log-revision';
import { planRepository, type StoredChange, type StoredPlan } from './plan.repository';
import { loadTrainingLog } from './training-log';

export interface CurrentPlan {
  stored: StoredPlan;
  changes: StoredChange[];
  /**
   * The plan as it stands today: the latest version with the stored changes (the runner's moves,
   * skips and swaps, and what imported runs changed) applied, then coached from the log — every
   * session from today on re-prescribed, missed ones moved or dropped (core/coaching).
   */
  plan: Plan;
  /** What the coaching changed and why, and the estimated 1RMs it used. */
  coaching: Pick<CoachingResult, 'changes' | 'oneRepMax'>;
}

/**
 * Coached current plans, by runner and plan id. A plan version never changes once stored, changes
 * are only ever added, and coaching is a pure function of the plan, the changes, the log and the
 * day: so an entry is right for as long as the database lists the same change ids, the log has the
 * same revision (log/log-revision.ts) and it is the same day. Every read still asks the database for
 * all three (small indexed queries), which keeps any number of stateless instances in step; only
 * the parsing, applying and coaching is saved. Entries are frozen, because they are shared between
 * requests. Least recently used first out.
 */
const CACHE_SIZE = 100;
const cache = new Map<string, { state: string; current: CurrentPlan }>();

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
};

const remember = (key: string, state: string, current: CurrentPlan): void => {
  cache.delete(key);
  cache.set(key, { state, current });
  for (const oldest of cache.keys()) {
    if (cache.size <= CACHE_SIZE) break;
    cache.delete(oldest);
  }
};

const coached = async (
  db: Kysely<Database>,
  userId: string,
  stored: StoredPlan,
  changes: StoredChange[],
  today: IsoDate,
): Promise<CurrentPlan> => {
  const runnerChanges = changes.map((c) => c.change);
  const withChanges =
    runnerChanges.length === 0
      ? stored.plan
      : applyChanges(stored.plan, runnerChanges, stored.profile);
  const result = coachPlan({
    plan: withChanges,
    changes: runnerChanges,
    profile: stored.profile,
    log: await loadTrainingLog(db, userId),
    today,
    plannedSince: stored.createdAt.slice(0, 10) as IsoDate,
  });
  return {
    stored,
    changes,
    plan: result.plan,
    coaching: { changes: result.changes, oneRepMax: result.oneRepMax },
  };
};

/** The runner's plan as it stands on `today`, or undefined when they have generated none. */
export const loadCurrentPlan = async (
  db: Kysely<Database>,
  userId: string,
  today: IsoDate,
): Promise<CurrentPlan | undefined> => {
  const head = await db
    .selectFrom('plan')
    .select(['id', 'version'])
    .where('user_id', '=', userId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!head) return undefined;
  const [changeRows, logRevision] = await Promise.all([
    db
      .selectFrom('plan_change')
      .select('id')
      .where('user_id', '=', userId)
      .where('plan_id', '=', head.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    logRevisionOf(db, userId),
  ]);
  const key = `${userId}:${head.id}`;
  const state = `${changeRows.map((r) => r.id).join(',')}|${logRevision}|${today}`;
  const cached = cache.get(key);
  if (cached && cached.state === state) {
    remember(key, state, cached.current);
    return cached.current;
  }

  const plans = planRepository(db);
  const stored = cached?.current.stored ?? (await plans.byVersion(userId, head.version));
  // Gone, or replaced, since the first query: answer from what is there now.
  if (!stored || stored.id !== head.id) return uncachedCurrentPlan(db, userId, today);
  const changes = await plans.changes(userId, stored.id);
  const current = deepFreeze(await coached(db, userId, stored, changes, today));
  remember(key, state, current);
  return current;
};

/** The same answer without the cache. */
const uncachedCurrentPlan = async (
  db: Kysely<Database>,
  userId: string,
  today: IsoDate,
): Promise<CurrentPlan | undefined> => {
  const plans = planRepository(db);
  const stored = await plans.latest(userId);
  if (!stored) return undefined;
  return coached(db, userId, stored, await plans.changes(userId, stored.id), today);
};

export const requireCurrentPlan = async (
  db: Kysely<Database>,
  userId: string,
  today: IsoDate,
): Promise<CurrentPlan> => {
  const current = await loadCurrentPlan(db, userId, today);
  if (!current) throw new AppError(404, 'no-plan', 'no plan yet: POST /api/plans first');
  return current;
};
