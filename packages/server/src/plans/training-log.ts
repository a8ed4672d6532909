import type { IsoDate, TrainingLog } from '@runstrong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Every set and workout summary the runner logged, as the coach reads them. */
export const loadTrainingLog = async (
  db: Kysely<Database>,
  userId: string,
): Promise<TrainingLog> => {
  const [sets, workouts] = await Promise.all([
    db
      .selectFrom('set_log')
      .select([
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
      ])
      .where('user_id', '=', userId)
      .execute(),
    db
      .selectFrom('workout')
      .select([
        'session_id',
        'performed_on',
        'rpe',
        'duration_minutes',
        'pain_before',
        'pain_next_morning',
      ])
      .where('user_id', '=', userId)
      .execute(),
  ]);
  return {
    sets: sets.map((s) => ({
      sessionId: s.session_id,
      exerciseId: s.exercise_id,
      setNumber: s.set_number,
      performedOn: s.performed_on as IsoDate,
      reps: s.reps,
      seconds: s.seconds,
      loadKg: s.load_kg,
      band: s.band as TrainingLog['sets'][number]['band'],
      rpe: s.rpe,
      pain: s.pain,
    })),
    workouts: workouts.map((w) => ({
      sessionId: w.session_id,
      performedOn: w.performed_on as IsoDate,
      rpe: w.rpe,
      durationMinutes: w.duration_minutes,
      painBefore: w.pain_before,
      painNextMorning: w.pain_next_morning,
    })),
  };
};
