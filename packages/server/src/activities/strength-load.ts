import { type IsoDate, type StrengthLoadEntry, strengthLoadsOf } from '@runstrong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The runner's logged strength sessions between two dates, as load entries (B33). */
export const loadStrengthLoads = async (
  db: Kysely<Database>,
  userId: string,
  from: IsoDate,
  to: IsoDate,
  minutesPerSession: number | undefined,
): Promise<StrengthLoadEntry[]> => {
  const [workouts, sets] = await Promise.all([
    db
      .selectFrom('workout')
      .select(['session_id', 'performed_on', 'rpe', 'duration_minutes'])
      .where('user_id', '=', userId)
      .where('performed_on', '>=', from)
      .where('performed_on', '<=', to)
      .execute(),
    db
      .selectFrom('set_log')
      .select(['session_id', 'performed_on', 'rpe'])
      .where('user_id', '=', userId)
      .where('performed_on', '>=', from)
      .where('performed_on', '<=', to)
      .execute(),
  ]);
  return strengthLoadsOf(
    workouts.map((w) => ({
      sessionId: w.session_id,
      performedOn: w.performed_on,
      rpe: w.rpe,
      durationMinutes: w.duration_minutes,
    })),
    sets.map((s) => ({ sessionId: s.session_id, performedOn: s.performed_on, rpe: s.rpe })),
    minutesPerSession,
  );
};
