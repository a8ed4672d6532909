import { adaptToRuns, type IsoDate, type RunAdaptation } from '@runstrong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { loadCurrentPlan } from '../plans/current-plan';
import { planRepository } from '../plans/plan.repository';
import type { RunnerRuns } from './runner-runs';

/**
 * After an import: what the runs say about the coming week (long run moved, a race, a jump in
 * volume), applied to the current plan as ordinary plan changes, so the calendar, the feed and
 * the explanations all show them with their reasons. The core returns only changes not made yet,
 * so importing the same week twice changes the plan once.
 */
export const adaptPlanToRuns = async (
  db: Kysely<Database>,
  userId: string,
  runs: RunnerRuns,
  today: IsoDate,
  now: string,
): Promise<RunAdaptation> => {
  const current = await loadCurrentPlan(db, userId, today);
  if (!current) return { signals: [], changes: [] };
  const adaptation = adaptToRuns({
    plan: current.plan,
    profile: current.stored.profile,
    runs: runs.runs,
    classifications: runs.classifications,
    today,
  });
  const plans = planRepository(db);
  for (const change of adaptation.changes) {
    await plans.addChange(userId, current.stored.id, {
      id: crypto.randomUUID(),
      change,
      warning: null,
      createdAt: now,
    });
  }
  return adaptation;
};
