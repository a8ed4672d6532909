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

/** The runner's plan as it stands now, or undefined when they have generated none. */
export const loadCurrentPlan = async (
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
