import { findExercise } from '@runstrong/core';
import { fieldError } from './date-range';
import type { SetInput, SetPatch, WorkoutInput, WorkoutPatch } from './log.schemas';
import type { SetColumns } from './set-log.repository';
import type { WorkoutColumns } from './workout.repository';

/**
 * The checks a schema cannot make, each with its own stable code and the field's path (`at` is
 * `body` for one set, `body.sets.<index>` for an item of a batch).
 */
const checkExercise = (exerciseId: string, at: string): void => {
  if (!findExercise(exerciseId)) {
    throw fieldError(
      'unknown-exercise',
      `${at}.exerciseId`,
      `no exercise "${exerciseId}" in the catalogue`,
      exerciseId,
    );
  }
};

const checkAmount = (columns: SetColumns, at: string): void => {
  if (columns.reps === null && columns.seconds === null) {
    throw fieldError('missing-amount', `${at}.reps`, 'a set needs reps or seconds (or both)');
  }
};

/** A whole set from the API, checked, as database columns. */
export const setColumnsOf = (input: SetInput, at: string): SetColumns => {
  checkExercise(input.exerciseId, at);
  const columns: SetColumns = {
    session_id: input.sessionId,
    exercise_id: input.exerciseId,
    set_number: input.setNumber,
    performed_on: input.performedOn,
    reps: input.reps ?? null,
    seconds: input.seconds ?? null,
    load_kg: input.loadKg ?? null,
    band: input.band ?? null,
    rpe: input.rpe ?? null,
    pain: input.pain ?? null,
    notes: input.notes ?? null,
  };
  checkAmount(columns, at);
  return columns;
};

/** Applies a PATCH: absent fields stay, `null` clears. The exercise is checked only if it changes. */
export const patchedSetColumns = (current: SetColumns, patch: SetPatch): SetColumns => {
  if (patch.exerciseId !== undefined) checkExercise(patch.exerciseId, 'body');
  const columns: SetColumns = {
    session_id: patch.sessionId ?? current.session_id,
    exercise_id: patch.exerciseId ?? current.exercise_id,
    set_number: patch.setNumber ?? current.set_number,
    performed_on: patch.performedOn ?? current.performed_on,
    reps: patch.reps === undefined ? current.reps : patch.reps,
    seconds: patch.seconds === undefined ? current.seconds : patch.seconds,
    load_kg: patch.loadKg === undefined ? current.load_kg : patch.loadKg,
    band: patch.band === undefined ? current.band : patch.band,
    rpe: patch.rpe === undefined ? current.rpe : patch.rpe,
    pain: patch.pain === undefined ? current.pain : patch.pain,
    notes: patch.notes === undefined ? current.notes : patch.notes,
  };
  checkAmount(columns, 'body');
  return columns;
};

export const workoutColumnsOf = (input: WorkoutInput): WorkoutColumns => ({
  session_id: input.sessionId,
  performed_on: input.performedOn,
  rpe: input.rpe ?? null,
  duration_minutes: input.durationMinutes ?? null,
  pain_before: input.painBefore ?? null,
  pain_next_morning: input.painNextMorning ?? null,
  notes: input.notes ?? null,
});

export const patchedWorkoutColumns = (
  current: WorkoutColumns,
  patch: WorkoutPatch,
): WorkoutColumns => ({
  session_id: patch.sessionId ?? current.session_id,
  performed_on: patch.performedOn ?? current.performed_on,
  rpe: patch.rpe === undefined ? current.rpe : patch.rpe,
  duration_minutes:
    patch.durationMinutes === undefined ? current.duration_minutes : patch.durationMinutes,
  pain_before: patch.painBefore === undefined ? current.pain_before : patch.painBefore,
  pain_next_morning:
    patch.painNextMorning === undefined ? current.pain_next_morning : patch.painNextMorning,
  notes: patch.notes === undefined ? current.notes : patch.notes,
});
