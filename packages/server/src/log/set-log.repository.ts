import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, Dialect, SetLogTable } from '../db/schema';
import type { Band, SetView } from './log.schemas';
import { contentOfRow, deleteOwned, type OwnedTable, patchOwned, putOwned } from './owned-rows';

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

export const contentOf = (row: SetLogRow): SetColumns => contentOfRow(setLog, row);

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

const setLog: OwnedTable<SetLogRow, SetColumns> = {
  content: CONTENT,
  insertIfAbsent: (trx, row) =>
    trx
      .insertInto('set_log')
      .values(row)
      .onConflict((oc) => oc.column('id').doNothing())
      .returningAll()
      .executeTakeFirst(),
  findOwnForUpdate: (trx, dialect, userId, id) =>
    trx
      .selectFrom('set_log')
      .selectAll()
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .$if(dialect === 'postgres', (q) => q.forUpdate())
      .executeTakeFirst(),
  updateOwn: (trx, userId, id, columns, now) =>
    trx
      .updateTable('set_log')
      .set({ ...columns, updated_at: now })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .returningAll()
      .executeTakeFirstOrThrow(),
};

export type PutOutcome = { created: boolean; row: SetLogRow } | undefined;

/** Creates or replaces the runner's set under a client-made id (see `putOwned`). */
export const putSet = (
  trx: Transaction<Database>,
  dialect: Dialect,
  userId: string,
  id: string,
  columns: SetColumns,
  now: string,
): Promise<PutOutcome> => putOwned(setLog, trx, dialect, userId, id, columns, now);

/** Edits the runner's set (see `patchOwned`); `undefined` when it is not theirs. */
export const patchSet = (
  trx: Transaction<Database>,
  dialect: Dialect,
  userId: string,
  id: string,
  change: (current: SetColumns) => SetColumns,
  now: string,
): Promise<SetLogRow | undefined> => patchOwned(setLog, trx, dialect, userId, id, change, now);

/** Deletes the runner's set if there is one; true when a row went. */
export const deleteSet = (db: Kysely<Database>, userId: string, id: string) =>
  deleteOwned(db, 'set_log', userId, id);

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
