import { type Activity, isSameActivity } from '@runstrong/activities';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { activityRepository } from './activity.repository';
import { type ActivityRow, activityOf, activityRow, utcOf } from './activity-rows';

/** Wider than the duplicate rule's 60 s, so every candidate is in the one range query. */
const WINDOW_MS = 5 * 60_000;

/** Without a clock, the same file and the same numbers are the only sign of a second upload. */
const sameUndated = (a: Activity, b: Activity): boolean =>
  a.file.split('/').pop() === b.file.split('/').pop() &&
  a.indexInFile === b.indexInFile &&
  a.sport === b.sport &&
  a.elapsedSeconds === b.elapsedSeconds &&
  a.distanceMeters === b.distanceMeters;

const shift = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();

/**
 * The activities not stored yet (the same run from the watch and from Strava, or a file uploaded
 * twice, is kept once: the one already stored wins), inserted in one transaction.
 */
export const storeNewActivities = async (
  db: Kysely<Database>,
  userId: string,
  activities: readonly Activity[],
  importedAt: string,
): Promise<{ stored: ActivityRow[]; alreadyStored: number }> => {
  const repository = activityRepository(db);
  const starts = activities
    .map((a) => utcOf(a.start))
    .filter((s): s is string => s !== null)
    .sort();
  const first = starts[0];
  const last = starts[starts.length - 1];
  const existing = [
    ...(first && last
      ? await repository.startingBetween(userId, shift(first, -WINDOW_MS), shift(last, WINDOW_MS))
      : []),
    ...(activities.some((a) => utcOf(a.start) === null)
      ? await repository.withoutStart(userId)
      : []),
  ].map(activityOf);

  const fresh = activities.filter((a) =>
    utcOf(a.start) === null
      ? !existing.some((e) => utcOf(e.start) === null && sameUndated(a, e))
      : !existing.some((e) => isSameActivity(a, e)),
  );
  const rows = fresh.map((a) => activityRow(userId, a, importedAt));
  if (rows.length > 0) {
    await db.transaction().execute((trx) => repository.insertAll(trx, rows));
  }
  return { stored: rows, alreadyStored: activities.length - fresh.length };
};
