import { type ColumnDefinitionBuilder, type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../schema';

/**
 * Accounts (better-auth's tables, exactly as its own migration would make them on each
 * database — a test checks it finds nothing left to add) and RunStrong's tables.
 */
export const initialMigration = (dialect: Dialect): Migration => {
  const pg = dialect === 'postgres';
  const timestamp = pg ? 'timestamptz' : 'date';
  const bool = pg ? 'boolean' : 'integer';
  return {
    async up(db: Kysely<unknown>) {
      const withDefault = pg ? sql`CURRENT_TIMESTAMP` : undefined;
      await db.schema
        .createTable('user')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('emailVerified', bool, (c) => c.notNull())
        .addColumn('image', 'text')
        .addColumn('createdAt', timestamp, (c) =>
          withDefault ? c.notNull().defaultTo(withDefault) : c.notNull(),
        )
        .addColumn('updatedAt', timestamp, (c) =>
          withDefault ? c.notNull().defaultTo(withDefault) : c.notNull(),
        )
        .execute();
      await db.schema
        .createTable('session')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('expiresAt', timestamp, (c) => c.notNull())
        .addColumn('token', 'text', (c) => c.notNull().unique())
        .addColumn('createdAt', timestamp, (c) =>
          withDefault ? c.notNull().defaultTo(withDefault) : c.notNull(),
        )
        .addColumn('updatedAt', timestamp, (c) => c.notNull())
        .addColumn('ipAddress', 'text')
        .addColumn('userAgent', 'text')
        .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
        .execute();
      await db.schema
        .createTable('account')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('accountId', 'text', (c) => c.notNull())
        .addColumn('providerId', 'text', (c) => c.notNull())
        .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
        .addColumn('accessToken', 'text')
        .addColumn('refreshToken', 'text')
        .addColumn('idToken', 'text')
        .addColumn('accessTokenExpiresAt', timestamp)
        .addColumn('refreshTokenExpiresAt', timestamp)
        .addColumn('scope', 'text')
        .addColumn('password', 'text')
        .addColumn('createdAt', timestamp, (c) =>
          withDefault ? c.notNull().defaultTo(withDefault) : c.notNull(),
        )
        .addColumn('updatedAt', timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('verification')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('identifier', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('expiresAt', timestamp, (c) => c.notNull())
        .addColumn('createdAt', timestamp, (c) =>
          withDefault ? c.notNull().defaultTo(withDefault) : c.notNull(),
        )
        .addColumn('updatedAt', timestamp, (c) =>
          withDefault ? c.notNull().defaultTo(withDefault) : c.notNull(),
        )
        .execute();
      await db.schema
        .createTable('rateLimit')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('lastRequest', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('session_userId_idx').on('session').column('userId').execute();
      await db.schema.createIndex('account_userId_idx').on('account').column('userId').execute();
      await db.schema
        .createIndex('verification_identifier_idx')
        .on('verification')
        .column('identifier')
        .execute();

      const owner = (c: ColumnDefinitionBuilder) =>
        c.notNull().references('user.id').onDelete('cascade');

      await db.schema
        .createTable('runner_profile')
        .addColumn('user_id', 'text', (c) => owner(c).primaryKey())
        .addColumn('profile_json', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('plan')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('user_id', 'text', (c) => owner(c))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('programme_id', 'text', (c) => c.notNull())
        .addColumn('profile_json', 'text', (c) => c.notNull())
        .addColumn('plan_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('plan_user_version_unique', ['user_id', 'version'])
        .execute();
      await db.schema
        .createTable('plan_change')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('user_id', 'text', (c) => owner(c))
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('session_id', 'text', (c) => c.notNull())
        .addColumn('payload_json', 'text', (c) => c.notNull())
        .addColumn('warning', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('plan_change_plan_idx')
        .on('plan_change')
        .columns(['plan_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('workout')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('user_id', 'text', (c) => owner(c))
        .addColumn('session_id', 'text', (c) => c.notNull())
        .addColumn('performed_on', 'text', (c) => c.notNull())
        .addColumn('rpe', 'real')
        .addColumn('duration_minutes', 'integer')
        .addColumn('notes', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('workout_user_date_idx')
        .on('workout')
        .columns(['user_id', 'performed_on'])
        .execute();
      await db.schema
        .createTable('set_log')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('user_id', 'text', (c) => owner(c))
        .addColumn('session_id', 'text', (c) => c.notNull())
        .addColumn('exercise_id', 'text', (c) => c.notNull())
        .addColumn('set_number', 'integer', (c) => c.notNull())
        .addColumn('performed_on', 'text', (c) => c.notNull())
        .addColumn('reps', 'integer')
        .addColumn('seconds', 'integer')
        .addColumn('load_kg', 'real')
        .addColumn('band', 'text')
        .addColumn('rpe', 'real')
        .addColumn('pain', 'integer')
        .addColumn('notes', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('set_log_user_exercise_idx')
        .on('set_log')
        .columns(['user_id', 'exercise_id', 'performed_on'])
        .execute();
      await db.schema
        .createIndex('set_log_user_date_idx')
        .on('set_log')
        .columns(['user_id', 'performed_on'])
        .execute();
      await db.schema
        .createTable('calendar_token')
        .addColumn('user_id', 'text', (c) => owner(c).primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('api_token')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('user_id', 'text', (c) => owner(c))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'api_token',
        'calendar_token',
        'set_log',
        'workout',
        'plan_change',
        'plan',
        'runner_profile',
        'rateLimit',
        'verification',
        'account',
        'session',
        'user',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
};
