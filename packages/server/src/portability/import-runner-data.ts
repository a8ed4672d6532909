import type { Insertable, Transaction } from 'kysely';
import { activityRow } from '../activities/activity-rows';
import type { Store } from '../db/database';
import type { Database } from '../db/schema';
import { conflict } from '../http/app-error';
import { bumpLogRevision } from '../log/log-revision';
import type { ImportDocument } from './export-document';

export interface ImportCounts {
  profile: number;
  plans: number;
  changes: number;
  workouts: number;
  sets: number;
  activities: number;
}

/** Rows per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const CHUNK = 500;

const chunks = <T>(rows: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
};

type IdTable = 'plan' | 'plan_change' | 'workout' | 'set_log' | 'activity';

const hasRunnerData = async (trx: Transaction<Database>, userId: string): Promise<boolean> => {
  for (const table of ['runner_profile', 'plan', 'workout', 'set_log', 'activity'] as const) {
    const row = await trx
      .selectFrom(table)
      .select('user_id')
      .where('user_id', '=', userId)
      .limit(1)
      .executeTakeFirst();
    if (row) return true;
  }
  return false;
};

/** Ids are kept, and they are primary keys across all runners: any already taken stops it. */
const takenIds = async (
  trx: Transaction<Database>,
  wanted: Record<IdTable, string[]>,
): Promise<{ table: IdTable; id: string }[]> => {
  const taken: { table: IdTable; id: string }[] = [];
  for (const [table, ids] of Object.entries(wanted) as [IdTable, string[]][]) {
    for (const chunk of chunks(ids)) {
      const rows = await trx.selectFrom(table).select('id').where('id', 'in', chunk).execute();
      taken.push(...rows.map((r) => ({ table, id: r.id })));
    }
  }
  return taken;
};

const insertRows = async <T extends IdTable>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> => {
  for (const chunk of chunks(rows)) {
    await trx
      .insertInto(table)
      .values(chunk as never)
      .execute();
  }
};

type Plans = ImportDocument['plans'];

const planRow =
  (userId: string) =>
  (p: Plans[number]): Insertable<Database['plan']> => ({
    id: p.id,
    user_id: userId,
    version: p.version,
    programme_id: p.programmeId,
    profile_json: JSON.stringify(p.profile),
    plan_json: JSON.stringify(p.plan),
    created_at: p.createdAt,
  });

const changeRow =
  (userId: string) =>
  (
    c: Plans[number]['changes'][number] & { planId: string },
  ): Insertable<Database['plan_change']> => ({
    id: c.id,
    user_id: userId,
    plan_id: c.planId,
    kind: c.change.kind,
    session_id: c.change.sessionId,
    payload_json: JSON.stringify(c.change),
    warning: c.warning,
    created_at: c.createdAt,
  });

const workoutRow =
  (userId: string) =>
  (w: ImportDocument['workouts'][number]): Insertable<Database['workout']> => ({
    id: w.id,
    user_id: userId,
    session_id: w.sessionId,
    performed_on: w.performedOn,
    rpe: w.rpe,
    duration_minutes: w.durationMinutes,
    pain_before: w.painBefore ?? null,
    pain_next_morning: w.painNextMorning ?? null,
    notes: w.notes,
    created_at: w.createdAt,
    updated_at: w.updatedAt,
  });

const setRow =
  (userId: string) =>
  (s: ImportDocument['sets'][number]): Insertable<Database['set_log']> => ({
    id: s.id,
    user_id: userId,
    session_id: s.sessionId,
    exercise_id: s.exerciseId,
    set_number: s.setNumber,
    performed_on: s.performedOn,
    reps: s.reps,
    seconds: s.seconds,
    load_kg: s.loadKg,
    band: s.band,
    rpe: s.rpe,
    pain: s.pain,
    notes: s.notes,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  });

const isUniqueViolation = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
};

const idConflict = (details?: Record<string, unknown>) =>
  conflict(
    'id-conflict',
    'some ids in the export are already in use on this server: was it imported already?',
    details,
  );

/**
 * Writes an export into the runner's account, which must hold no runner data yet, in one
 * transaction: a failure leaves nothing half-written. Ids are kept, so a runner's clients that
 * refer to a session, change or set by id keep working after a move between servers.
 */
export const importRunnerData = async (
  store: Store,
  userId: string,
  doc: ImportDocument,
): Promise<ImportCounts> => {
  const changes = doc.plans.flatMap((p) => p.changes.map((c) => ({ planId: p.id, ...c })));
  try {
    return await store.db.transaction().execute(async (trx) => {
      // Two imports into one account at once: the second waits here, then finds it not empty.
      await trx
        .selectFrom('user')
        .select('id')
        .where('id', '=', userId)
        .$if(store.dialect === 'postgres', (q) => q.forUpdate())
        .executeTakeFirst();
      if (await hasRunnerData(trx, userId)) {
        throw conflict(
          'account-not-empty',
          'an import goes into an account with no profile, plans, log or activities yet',
        );
      }
      const taken = await takenIds(trx, {
        plan: doc.plans.map((p) => p.id),
        plan_change: changes.map((c) => c.id),
        workout: doc.workouts.map((w) => w.id),
        set_log: doc.sets.map((s) => s.id),
        activity: doc.activities.map((a) => a.id),
      });
      if (taken.length > 0) throw idConflict({ taken: taken.slice(0, 10) });

      if (doc.profile) {
        await trx
          .insertInto('runner_profile')
          .values({
            user_id: userId,
            profile_json: JSON.stringify(doc.profile.profile),
            updated_at: doc.profile.updatedAt,
          })
          .execute();
      }
      await insertRows(trx, 'plan', doc.plans.map(planRow(userId)));
      await insertRows(trx, 'plan_change', changes.map(changeRow(userId)));
      await insertRows(trx, 'workout', doc.workouts.map(workoutRow(userId)));
      await insertRows(trx, 'set_log', doc.sets.map(setRow(userId)));
      if (doc.sets.length > 0 || doc.workouts.length > 0) await bumpLogRevision(trx, userId);
      await insertRows(
        trx,
        'activity',
        doc.activities.map((a) => ({
          ...activityRow(userId, a, a.importedAt),
          id: a.id,
          rpe: a.rpe,
        })),
      );
      return {
        profile: doc.profile ? 1 : 0,
        plans: doc.plans.length,
        changes: changes.length,
        workouts: doc.workouts.length,
        sets: doc.sets.length,
        activities: doc.activities.length,
      };
    });
  } catch (error) {
    // Another import took one of the ids between the check and the insert.
    if (isUniqueViolation(error)) throw idConflict();
    throw error;
  }
};
