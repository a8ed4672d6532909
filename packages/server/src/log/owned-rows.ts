import type { Kysely, Transaction } from 'kysely';
import type { Database, Dialect } from '../db/schema';
import { bumpLogRevision } from './log-revision';

/**
 * The idempotent write both logs share (sets and workouts): rows under client-made ids, owned by
 * one runner. Each table supplies its three queries and the columns that make up its content;
 * the rules — create, replace, replay unchanged, never touch another runner's row — live here once.
 */
export interface OwnedTable<Row, Columns> {
  /** The columns a runner writes: equal on all of them means a replay. */
  content: readonly (keyof Columns & keyof Row)[];
  /** Inserts unless the id is taken (by anyone); the new row, or undefined. */
  insertIfAbsent: (trx: Transaction<Database>, row: Row) => Promise<Row | undefined>;
  /** The runner's own row under this id, locked for the transaction on PostgreSQL. */
  findOwnForUpdate: (
    trx: Transaction<Database>,
    dialect: Dialect,
    userId: string,
    id: string,
  ) => Promise<Row | undefined>;
  updateOwn: (
    trx: Transaction<Database>,
    userId: string,
    id: string,
    columns: Columns,
    now: string,
  ) => Promise<Row>;
}

interface Owned {
  id: string;
  user_id: string;
  created_at: string;
  updated_at: string;
}

export const contentOfRow = <Row, Columns>(table: OwnedTable<Row, Columns>, row: Row): Columns =>
  Object.fromEntries(table.content.map((column) => [column, row[column]])) as Columns;

const sameContent = <Row, Columns>(table: OwnedTable<Row, Columns>, row: Row, columns: Columns) =>
  table.content.every((column) => (row[column] as unknown) === (columns[column] as unknown));

/**
 * Creates or replaces the runner's row under a client-made id. The insert does nothing when the
 * id is taken; then only the runner's own row is read and updated, so an id that belongs to
 * someone else comes back `undefined` (the caller answers 404) and their row is never touched.
 * Replaying the same content changes nothing, `updated_at` included.
 */
export const putOwned = async <Row extends Owned, Columns>(
  table: OwnedTable<Row, Columns>,
  trx: Transaction<Database>,
  dialect: Dialect,
  userId: string,
  id: string,
  columns: Columns,
  now: string,
): Promise<{ created: boolean; row: Row } | undefined> => {
  const fresh = {
    id,
    user_id: userId,
    ...columns,
    created_at: now,
    updated_at: now,
  } as unknown as Row;
  const inserted = await table.insertIfAbsent(trx, fresh);
  if (inserted) {
    await bumpLogRevision(trx, userId);
    return { created: true, row: inserted };
  }
  const existing = await table.findOwnForUpdate(trx, dialect, userId, id);
  if (!existing) return undefined;
  if (sameContent(table, existing, columns)) return { created: false, row: existing };
  await bumpLogRevision(trx, userId);
  return { created: false, row: await table.updateOwn(trx, userId, id, columns, now) };
};

/**
 * Edits the runner's row: `change` gets the stored columns and returns the new ones (it may
 * throw to refuse, which rolls the transaction back). `undefined` when the row is not theirs.
 */
export const patchOwned = async <Row extends Owned, Columns>(
  table: OwnedTable<Row, Columns>,
  trx: Transaction<Database>,
  dialect: Dialect,
  userId: string,
  id: string,
  change: (current: Columns) => Columns,
  now: string,
): Promise<Row | undefined> => {
  const existing = await table.findOwnForUpdate(trx, dialect, userId, id);
  if (!existing) return undefined;
  const columns = change(contentOfRow(table, existing));
  if (sameContent(table, existing, columns)) return existing;
  await bumpLogRevision(trx, userId);
  return table.updateOwn(trx, userId, id, columns, now);
};

/**
 * Deletes the runner's row from their log, raising the log revision in the same transaction;
 * true when a row went (another runner's id deletes nothing).
 */
export const deleteOwned = (
  db: Kysely<Database>,
  table: 'set_log' | 'workout',
  userId: string,
  id: string,
): Promise<boolean> =>
  db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom(table)
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const deleted = Number(result.numDeletedRows) > 0;
    if (deleted) await bumpLogRevision(trx, userId);
    return deleted;
  });
