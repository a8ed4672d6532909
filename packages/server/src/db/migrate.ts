import { type Kysely, type MigrationProvider, Migrator, NO_MIGRATIONS } from 'kysely';
import { migrationsFor } from './migrations';
import type { Dialect } from './schema';

const provider = (dialect: Dialect): MigrationProvider => ({
  getMigrations: async () => migrationsFor(dialect),
});

/** Brings the database to the latest migration; throws with the failing migration's name. */
export const migrateToLatest = async (db: Kysely<unknown>, dialect: Dialect): Promise<string[]> => {
  const migrator = new Migrator({ db, provider: provider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
};

/** Undoes every migration, newest first (tests use it to prove each `down` is complete). */
export const migrateAllDown = async (db: Kysely<unknown>, dialect: Dialect): Promise<void> => {
  const migrator = new Migrator({ db, provider: provider(dialect) });
  const { error } = await migrator.migrateTo(NO_MIGRATIONS);
  if (error) throw error;
};
