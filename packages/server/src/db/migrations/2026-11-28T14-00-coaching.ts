import type { Kysely, Migration } from 'kysely';

/**
 * For coaching from the log (issue 6): B26's pain scores around a session (before it, and the
 * next morning), and the log revision every write to the log raises (log/log-revision.ts).
 */
export const coachingMigration = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('workout').addColumn('pain_before', 'integer').execute();
    await db.schema.alterTable('workout').addColumn('pain_next_morning', 'integer').execute();
    await db.schema
      .createTable('log_revision')
      .addColumn('user_id', 'text', (c) =>
        c.primaryKey().notNull().references('user.id').onDelete('cascade'),
      )
      .addColumn('revision', 'integer', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('log_revision').execute();
    await db.schema.alterTable('workout').dropColumn('pain_next_morning').execute();
    await db.schema.alterTable('workout').dropColumn('pain_before').execute();
  },
});
