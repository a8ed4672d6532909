import { classifyRuns, type RunClassification, type RunRecord } from '@runstrong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { activityRepository } from './activity.repository';
import { type ActivityRow, runRecordOf } from './activity-rows';

export interface RunnerRuns {
  rows: ActivityRow[];
  /** Dated activities as the coach reads them (device-relative clocks have no day). */
  runs: RunRecord[];
  classifications: RunClassification[];
  classificationOf: (id: string) => RunClassification | undefined;
}

/**
 * Every activity of one runner, with each run classified against their own history. Classified
 * on read rather than stored: a run's kind depends on the runs around it, which a later import
 * can change (a new longest run, more easy runs to compare heart rate with).
 */
export const loadRunnerRuns = async (db: Kysely<Database>, userId: string): Promise<RunnerRuns> => {
  const rows = await activityRepository(db).list(userId);
  const runs = rows.map(runRecordOf).filter((r): r is RunRecord => r !== undefined);
  const classifications = classifyRuns(runs);
  const byId = new Map(classifications.map((c) => [c.runId, c]));
  return { rows, runs, classifications, classificationOf: (id) => byId.get(id) };
};
