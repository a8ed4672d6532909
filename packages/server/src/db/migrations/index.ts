import type { Migration } from 'kysely';
import type { Dialect } from '../schema';
import { initialMigration } from './2026-11-28T09-00-initial';
import { activitiesMigration } from './2026-11-28T12-00-activities';
import { coachingMigration } from './2026-11-28T14-00-coaching';

/**
 * Append-only, in order, named by timestamp. A migration never changes once released: a later
 * one alters what an earlier one made.
 */
export const migrationsFor = (dialect: Dialect): Record<string, Migration> => ({
  '2026-11-28T09-00-initial': initialMigration(dialect),
  '2026-11-28T12-00-activities': activitiesMigration(dialect),
  '2026-11-28T14-00-coaching': coachingMigration(),
});
