import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../schema';

/**
 * Imported activities (runs and the rest), one row each. The summary columns are what the plan
 * and the load picture read; laps travel as JSON because nothing queries inside them.
 * `start_utc` is the start as a UTC instant, so duplicates and date ranges are found by index on
 * both databases; `start` keeps the offset the file gave (the runner's local day comes from it).
 */
export const activitiesMigration = (dialect: Dialect): Migration => {
  // SQLite's REAL is already 8 bytes; PostgreSQL's `real` would be 4 and round distances.
  const float = dialect === 'postgres' ? 'double precision' : 'real';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('activity')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
        .addColumn('file', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('index_in_file', 'integer', (c) => c.notNull())
        .addColumn('sport', 'text', (c) => c.notNull())
        .addColumn('sub_sport', 'text')
        .addColumn('start', 'text')
        .addColumn('start_utc', 'text')
        .addColumn('start_is_device_relative', 'integer', (c) => c.notNull())
        .addColumn('elapsed_seconds', float, (c) => c.notNull())
        .addColumn('moving_seconds', float)
        .addColumn('distance_meters', float)
        .addColumn('elevation_gain_meters', float)
        .addColumn('avg_heart_rate', float)
        .addColumn('max_heart_rate', float)
        .addColumn('has_gps', 'integer', (c) => c.notNull())
        .addColumn('laps_json', 'text', (c) => c.notNull())
        .addColumn('rpe', float)
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('activity_user_start_idx')
        .on('activity')
        .columns(['user_id', 'start_utc'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('activity').execute();
    },
  };
};
