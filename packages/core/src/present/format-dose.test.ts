import { describe, expect, it } from 'vitest';
import { getExercise } from '../catalogue/catalogue';
import { generatePlan } from '../plan/generate-plan';
import type { PlanExercise } from '../plan/plan.schema';
import { example } from '../test-support/profiles';
import { formatDose, formatRest, formatTempo, sideOf } from './format-dose';

const exercise = (overrides: Partial<PlanExercise>): PlanExercise => ({
  exerciseId: 'plank',
  name: 'Plank',
  sets: 3,
  perSide: false,
  tempo: null,
  restSeconds: 45,
  load: { kind: 'none' },
  cues: ['Elbows under the shoulders'],
  ...overrides,
});

describe('formatDose', () => {
  it('says "per leg" for one-legged lower-body work and "per side" otherwise', () => {
    const sideOfId = (id: string) => sideOf(getExercise(id));
    expect(['single-leg-squat', 'step-up', 'side-plank', 'clamshell'].map(sideOfId)).toEqual([
      'leg',
      'leg',
      'side',
      'side',
    ]);
    expect(formatDose(exercise({ reps: 10, perSide: true, side: 'leg' }))).toBe('3 × 10 per leg');
    expect(formatDose(exercise({ seconds: 20, perSide: true, side: 'side' }))).toBe(
      '3 × 20 s per side',
    );
    // A plan stored before `side` existed still reads sensibly.
    expect(formatDose(exercise({ reps: 15, perSide: true }))).toBe('3 × 15 per side');
  });

  it('plans carry the side word, so wording needs no catalogue', () => {
    const plan = generatePlan(example());
    const squat = plan.weeks[0]?.days
      .flatMap((d) => d.sessions)
      .flatMap((s) => s.exercises)
      .find((e) => e.exerciseId === 'single-leg-squat');
    expect(squat?.side).toBe('leg');
  });

  it('writes seconds, contacts, rep ranges and per-set reps', () => {
    expect(formatDose(exercise({ seconds: 30 }))).toBe('3 × 30 s');
    expect(formatDose(exercise({ exerciseId: 'pogo-hops', sets: 2, contacts: 10 }))).toBe(
      '2 × 10 contacts',
    );
    expect(formatDose(exercise({ reps: 6, repRange: [6, 8] }))).toBe('3 × 6–8');
    expect(formatDose(exercise({ reps: 12, repsBySet: [12, 10, 8] }))).toBe('3 sets: 12/10/8 reps');
    expect(formatDose(exercise({ reps: 12 }))).toBe('3 × 12');
  });
});

describe('formatTempo', () => {
  it('writes down-pause-up-pause seconds, or "explosive" for power work', () => {
    expect(formatTempo({ down: 3, holdBottom: 0, up: 1, holdTop: 0, intent: 'controlled' })).toBe(
      '3-0-1-0',
    );
    expect(formatTempo({ down: 3, holdBottom: 2, up: 3, holdTop: 0, intent: 'controlled' })).toBe(
      '3-2-3-0',
    );
    expect(formatTempo({ down: 1, holdBottom: 0, up: 0, holdTop: 0, intent: 'explosive' })).toBe(
      'explosive',
    );
    expect(formatTempo(null)).toBe('—');
  });
});

describe('formatRest', () => {
  it('uses seconds below two minutes and minutes above', () => {
    expect(formatRest(45)).toBe('45 s');
    expect(formatRest(90)).toBe('90 s');
    expect(formatRest(120)).toBe('2 min');
    expect(formatRest(150)).toBe('2 min 30 s');
    expect(formatRest(0)).toBe('none');
  });
});
