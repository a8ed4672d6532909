import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, Dialect, SetLogTable } from '../db/schema';
import type { Band, SetView } from './log.schemas';

export type SetLogRow = Selectable<SetLogTable>;

/** What a runner says about a set: every column but the id, the owner and the timestamps. */
export type SetColumns = Omit<SetLogRow, 'id' | 'user_id' | 'created_at' | 'updated_at'>;

const CONTENT: readonly (keyof SetColumns)[] = [
  'session_id',
  'exercise_id',
  'set_number',
  'performed_on',
  'reps',
  'seconds',
  'load_kg',
  'band',
  'rpe',
  'pain',
  'notes',
];

const sameContent = (row: SetLogRow, columns: SetColumns): boolean =>
  CONTENT.every((column) => row[column] === columns[column]);

export const contentOf = (row: SetLogRow): SetColumns => ({
  session_id: row.session_id,
  exercise_id: row.exercise_id,
  set_number: row.set_number,
  performed_on: row.performed_on,
  reps: row.reps,
  seconds: row.seconds,
  load_kg: row.load_kg,
  band: row.band,
  rpe: row.rpe,
  pain: row.pain,
  notes: row.notes,
});

export const setViewOf = (row: SetLogRow): SetView => ({
  id: row.id,
  sessionId: row.session_id,
  exerciseId: row.exercise_id,
  setNumber: row.set_number,
  performedOn: row.performed_on,
  reps: row.reps,
  seconds: row.seconds,
  loadKg: row.load_kg,
  band: row.band as Band | null,
  rpe: row.rpe,
  pain: row.pain,
  notes: row.notes,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The runner's own set under this id, locked for the rest of the transaction on PostgreSQL. */
const findOwnForUpdate = (
  trx: Transaction<Database>,
  dialect: Dialect,
  userId: string,
  id: string,
): Promise<SetLogRow | undefined> =>
  trx
    .selectFrom('set_log')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .$if(dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();

const updateOwn = (
  trx: Transaction<Database>,
  userId: string,
  id: string,
  columns: SetColumns,
  now: string,
): Promise<SetLogRow> =>
  trx
    .updateTable('set_log')
    .set({ ...columns, updated_at: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returningAll()
    .executeTakeFirstOrThrow();

export type PutOutcome = { created: boolean; row: SetLogRow } | undefined;

/**
 * Creates or replaces the runner's set under a client-made id. The insert does nothing when the
 * id is taken; then only the runner's own row is read and updated, so an id that belongs to
 * someone else comes back `undefined` (the caller answers 404) and their row is never touched.
 * Replaying the same content changes nothing, `updated_at` included.
 */
export const putSet = async (
  trx: Transaction<Database>,
  dialect: Dialect,
  userId: string,
  id: string,
  columns: SetColumns,
  now: string,
): Promise<PutOutcome> => {
  const inserted = await trx
    .insertInto('set_log')
    .values({ id, user_id: userId, ...columns, created_at: now, updated_at: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { created: true, row: inserted };
  const existing = await findOwnForUpdate(trx, dialect, userId, id);
  if (!existing) return undefined;
  if (sameContent(existing, columns)) return { created: false, row: existing };
  return { created: false, row: await updateOwn(trx, userId, id, columns, now) };
};

/**
 * Edits the runner's set: `change` gets the stored columns and returns the new ones (it may
 * throw to refuse, which rolls the transaction back). `undefined` when the set is not theirs.
 */
export const patchSet = async (
  trx: Transaction<Database>,
  dialect: Dialect,
  userId: string,
  id: string,
  change: (current: SetColumns) => SetColumns,
  now: string,
): Promise<SetLogRow | undefined> => {
  const existing = await findOwnForUpdate(trx, dialect, userId, id);
  if (!existing) return undefined;
  const columns = change(contentOf(existing));
  if (sameContent(existing, columns)) return existing;
  return updateOwn(trx, userId, id, columns, now);
};

/** Deletes the runner's set if there is one; true when a row went. */
export const deleteSet = async (db: Kysely<Database>, userId: string, id: string) => {
  const result = await db
    .deleteFrom('set_log')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
};

export interface SetFilter {
  from: string;
  to: string;
  sessionId?: string | undefined;
  exerciseId?: string | undefined;
}

/** Code-unit order, the same on every database whatever its collation. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The runner's sets in a date range, ordered by date, session, exercise and set number. */
export const listSets = async (
  db: Kysely<Database>,
  userId: string,
  filter: SetFilter,
): Promise<SetLogRow[]> => {
  const rows = await db
    .selectFrom('set_log')
    .selectAll()
    .where('user_id', '=', userId)
    .where('performed_on', '>=', filter.from)
    .where('performed_on', '<=', filter.to)
    .$if(filter.sessionId !== undefined, (q) => q.where('session_id', '=', filter.sessionId ?? ''))
    .$if(filter.exerciseId !== undefined, (q) =>
      q.where('exercise_id', '=', filter.exerciseId ?? ''),
    )
    .execute();
  return rows.sort(
    (a, b) =>
      byText(a.performed_on, b.performed_on) ||
      byText(a.session_id, b.session_id) ||
      byText(a.exercise_id, b.exercise_id) ||
      a.set_number - b.set_number ||
      byText(a.id, b.id),
  );
};
