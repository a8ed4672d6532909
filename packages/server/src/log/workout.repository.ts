import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, Dialect, WorkoutTable } from '../db/schema';
import type { WorkoutView } from './log.schemas';
import { contentOfRow, deleteOwned, type OwnedTable, patchOwned, putOwned } from './owned-rows';
import { byText } from './set-log.repository';

export type WorkoutRow = Selectable<WorkoutTable>;
export type WorkoutColumns = Omit<WorkoutRow, 'id' | 'user_id' | 'created_at' | 'updated_at'>;

const CONTENT: readonly (keyof WorkoutColumns)[] = [
  'session_id',
  'performed_on',
  'rpe',
  'duration_minutes',
  'pain_before',
  'pain_next_morning',
  'notes',
];

export const workoutContentOf = (row: WorkoutRow): WorkoutColumns => contentOfRow(workout, row);

export const workoutViewOf = (row: WorkoutRow): WorkoutView => ({
  id: row.id,
  sessionId: row.session_id,
  performedOn: row.performed_on,
  rpe: row.rpe,
  durationMinutes: row.duration_minutes,
  painBefore: row.pain_before,
  painNextMorning: row.pain_next_morning,
  notes: row.notes,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const workout: OwnedTable<WorkoutRow, WorkoutColumns> = {
  content: CONTENT,
  insertIfAbsent: (trx, row) =>
    trx
      .insertInto('workout')
      .values(row)
      .onConflict((oc) => oc.column('id').doNothing())
      .returningAll()
      .executeTakeFirst(),
  findOwnForUpdate: (trx, dialect, userId, id) =>
    trx
      .selectFrom('workout')
      .selectAll()
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .$if(dialect === 'postgres', (q) => q.forUpdate())
      .executeTakeFirst(),
  updateOwn: (trx, userId, id, columns, now) =>
    trx
      .updateTable('workout')
      .set({ ...columns, updated_at: now })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .returningAll()
      .executeTakeFirstOrThrow(),
};

/** As `putSet`: create, replace, or `undefined` when the id is someone else's. */
export const putWorkout = (
  trx: Transaction<Database>,
  dialect: Dialect,
  userId: string,
  id: string,
  columns: WorkoutColumns,
  now: string,
): Promise<{ created: boolean; row: WorkoutRow } | undefined> =>
  putOwned(workout, trx, dialect, userId, id, columns, now);

/** As `patchSet`. */
export const patchWorkout = (
  trx: Transaction<Database>,
  dialect: Dialect,
  userId: string,
  id: string,
  change: (current: WorkoutColumns) => WorkoutColumns,
  now: string,
): Promise<WorkoutRow | undefined> => patchOwned(workout, trx, dialect, userId, id, change, now);

export const deleteWorkout = (db: Kysely<Database>, userId: string, id: string) =>
  deleteOwned(db, 'workout', userId, id);

/** The runner's workouts in a date range, ordered by date, session and id. */
export const listWorkouts = async (
  db: Kysely<Database>,
  userId: string,
  filter: { from: string; to: string; sessionId?: string | undefined },
): Promise<WorkoutRow[]> => {
  const rows = await db
    .selectFrom('workout')
    .selectAll()
    .where('user_id', '=', userId)
    .where('performed_on', '>=', filter.from)
    .where('performed_on', '<=', filter.to)
    .$if(filter.sessionId !== undefined, (q) => q.where('session_id', '=', filter.sessionId ?? ''))
    .execute();
  return rows.sort(
    (a, b) =>
      byText(a.performed_on, b.performed_on) ||
      byText(a.session_id, b.session_id) ||
      byText(a.id, b.id),
  );
};
