import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

/**
 * The runner's log revision: raised in the same transaction as every write to their sets and
 * workouts, so a reader can tell in one indexed lookup whether the log changed — which a count and
 * a last-written time cannot always tell (two writes in the same millisecond, an edit that keeps
 * the count). The coached plan is cached against it (plans/current-plan.ts).
 */
export const bumpLogRevision = async (
  trx: Transaction<Database> | Kysely<Database>,
  userId: string,
): Promise<void> => {
  await trx
    .insertInto('log_revision')
    .values({ user_id: userId, revision: 1 })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet((eb) => ({ revision: eb('log_revision.revision', '+', 1) })),
    )
    .execute();
};

/** 0 for a runner who has never logged. */
export const logRevisionOf = async (db: Kysely<Database>, userId: string): Promise<number> => {
  const row = await db
    .selectFrom('log_revision')
    .select('revision')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(row?.revision ?? 0);
};
