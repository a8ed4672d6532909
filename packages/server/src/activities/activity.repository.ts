import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { ActivityRow } from './activity-rows';

/** Imported activities, every query scoped to its owner. */
export const activityRepository = (db: Kysely<Database>) => ({
  /** Newest first; activities without a trustworthy clock last, by import. */
  list(userId: string): Promise<ActivityRow[]> {
    return db
      .selectFrom('activity')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('start_utc', 'desc')
      .orderBy('imported_at', 'desc')
      .orderBy('id')
      .execute();
  },

  /** Those whose UTC start lies in [from, to] (ISO instants), for duplicate checks. */
  startingBetween(userId: string, from: string, to: string): Promise<ActivityRow[]> {
    return db
      .selectFrom('activity')
      .selectAll()
      .where('user_id', '=', userId)
      .where('start_utc', '>=', from)
      .where('start_utc', '<=', to)
      .execute();
  },

  /** Those with no clock to go by: duplicates are then found by file and numbers. */
  withoutStart(userId: string): Promise<ActivityRow[]> {
    return db
      .selectFrom('activity')
      .selectAll()
      .where('user_id', '=', userId)
      .where('start_utc', 'is', null)
      .execute();
  },

  async insertAll(trx: Transaction<Database>, rows: readonly ActivityRow[]): Promise<void> {
    // Chunked: SQLite allows at most 32,766 bound values in one statement.
    for (let i = 0; i < rows.length; i += 500) {
      await trx
        .insertInto('activity')
        .values(rows.slice(i, i + 500))
        .execute();
    }
  },

  async setRpe(userId: string, id: string, rpe: number | null): Promise<boolean> {
    const result = await db
      .updateTable('activity')
      .set({ rpe })
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async remove(userId: string, id: string): Promise<boolean> {
    const result = await db
      .deleteFrom('activity')
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },
});
