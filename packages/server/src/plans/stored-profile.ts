import { type RunnerProfile, runnerProfileSchema } from '@runstrong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * The runner's saved profile as the coach reads it (defaults filled), or undefined when there is
 * none. A saved profile was checked when it was written; one that no longer parses (an older
 * schema) reads as none rather than failing the request that only wanted a detail of it.
 */
export const loadRunnerProfile = async (
  db: Kysely<Database>,
  userId: string,
): Promise<RunnerProfile | undefined> => {
  const row = await db
    .selectFrom('runner_profile')
    .select('profile_json')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return undefined;
  const parsed = runnerProfileSchema.safeParse(JSON.parse(row.profile_json));
  return parsed.success ? parsed.data : undefined;
};
