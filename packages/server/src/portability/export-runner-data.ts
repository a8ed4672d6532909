import type { Kysely } from 'kysely';
import { activityRepository } from '../activities/activity.repository';
import { activityOf } from '../activities/activity-rows';
import type { Database } from '../db/schema';
import { listSets, setViewOf } from '../log/set-log.repository';
import { listWorkouts, workoutViewOf } from '../log/workout.repository';
import { planRepository } from '../plans/plan.repository';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from './export-document';

const EVERY_DAY = { from: '0000-01-01', to: '9999-12-31' };

/**
 * Everything a runner owns, as one document, every query scoped to them. Left out: secrets
 * (password hash, token hashes) and what only makes sense on this server (sessions, the calendar
 * feed token). Profiles and plans are the JSON as stored, so an import writes back the same.
 */
export const exportRunnerData = async (
  db: Kysely<Database>,
  userId: string,
  exportedAt: Date,
): Promise<ExportDocument> => {
  const plans = planRepository(db);
  const account = await db
    .selectFrom('user')
    .select(['email', 'name'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const profile = await db
    .selectFrom('runner_profile')
    .select(['profile_json', 'updated_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const planRows = await db
    .selectFrom('plan')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('version')
    .execute();
  const apiTokens = await db
    .selectFrom('api_token')
    .select(['name', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    account: { email: account.email, name: account.name },
    profile: profile
      ? { profile: JSON.parse(profile.profile_json), updatedAt: profile.updated_at }
      : null,
    plans: await Promise.all(
      planRows.map(async (p) => ({
        id: p.id,
        version: p.version,
        programmeId: p.programme_id,
        createdAt: p.created_at,
        profile: JSON.parse(p.profile_json),
        plan: JSON.parse(p.plan_json),
        // In the order they are replayed onto the plan.
        changes: await plans.changes(userId, p.id),
      })),
    ),
    workouts: (await listWorkouts(db, userId, EVERY_DAY)).map(workoutViewOf),
    sets: (await listSets(db, userId, EVERY_DAY)).map(setViewOf),
    activities: (await activityRepository(db).list(userId)).map((row) => ({
      id: row.id,
      ...activityOf(row),
      rpe: row.rpe,
      importedAt: row.imported_at,
    })),
    apiTokens: apiTokens.map((t) => ({ name: t.name, createdAt: t.created_at })),
  };
};
