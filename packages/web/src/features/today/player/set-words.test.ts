import type { PlanExercise } from '@runstrong/core';
import { describe, expect, it } from 'vitest';
import {
  amountWords,
  asPrescribedBody,
  kgFromInput,
  loggedWords,
  painSaysStop,
  painWords,
  sideLabel,
  targetReps,
  tempoWords,
  weightInUnits,
} from './set-words';

const base: PlanExercise = {
  exerciseId: 'single-leg-squat',
  name: 'Single-leg squat',
  sets: 3,
  reps: 10,
  perSide: true,
  tempo: { down: 2, holdBottom: 0, up: 1, holdTop: 0, intent: 'controlled' },
  restSeconds: 60,
  load: { kind: 'none' },
  targetRpe: 7,
  cues: ['Arms forward for balance'],
};
const context = { sessionId: '2026-12-01-strength', date: '2026-12-01', setNumber: 2 };

describe('the words of a set', () => {
  it('names the side the way the plan does: legs for leg work, sides otherwise', () => {
    expect(sideLabel(base, 'left')).toBe('Left leg');
    expect(
      sideLabel({ ...base, exerciseId: 'side-plank', seconds: 20, reps: undefined }, 'right'),
    ).toBe('Right side');
    expect(amountWords(base, 1)).toBe('10 reps per leg');
    expect(amountWords({ ...base, perSide: false, reps: undefined, seconds: 30 }, 1)).toBe('30 s');
    expect(amountWords({ ...base, repsBySet: [12, 10, 8] }, 3)).toBe('8 reps per leg');
    expect(amountWords({ ...base, perSide: false, repRange: [6, 8], reps: 6 }, 1)).toBe('6–8 reps');
    expect(targetReps({ ...base, repRange: [6, 8], reps: 6 }, 1)).toBe(8);
  });

  it('A6: says the tempo in seconds', () => {
    expect(tempoWords({ down: 3, holdBottom: 0, up: 1, holdTop: 0, intent: 'controlled' })).toBe(
      '3 s down, 1 s up',
    );
    expect(tempoWords({ down: 3, holdBottom: 0, up: 3, holdTop: 2, intent: 'controlled' })).toBe(
      '3 s down, 3 s up, 2 s hold at the top',
    );
    expect(tempoWords({ down: 1, holdBottom: 0, up: 0.5, holdTop: 0, intent: 'explosive' })).toBe(
      '1 s down, up explosively',
    );
  });

  it('"As prescribed" logs the prescription: reps, the target RPE, the band or the named weight', () => {
    expect(asPrescribedBody(base, context)).toEqual({
      sessionId: '2026-12-01-strength',
      exerciseId: 'single-leg-squat',
      setNumber: 2,
      performedOn: '2026-12-01',
      reps: 10,
      loadKg: null,
      band: null,
      rpe: 7,
      pain: null,
      notes: null,
    });
    expect(
      asPrescribedBody({ ...base, load: { kind: 'band', tension: 'medium' } }, context),
    ).toMatchObject({ band: 'medium' });
    expect(
      asPrescribedBody({ ...base, load: { kind: 'kg', equipment: 'kettlebell', kg: 16 } }, context),
    ).toMatchObject({ loadKg: 16 });
    // Dumbbells chosen by feel: the weight used last time, if any.
    const byFeel = {
      ...base,
      load: { kind: 'kg', equipment: 'dumbbells', kg: null, targetRpe: 8 },
    } as const;
    expect(asPrescribedBody(byFeel, context).loadKg).toBeNull();
    expect(asPrescribedBody(byFeel, { ...context, lastKg: 12 }).loadKg).toBe(12);
    expect(
      asPrescribedBody(
        { ...base, reps: undefined, perSide: false, seconds: 30, tempo: null },
        context,
      ),
    ).toMatchObject({ seconds: 30 });
    expect(
      asPrescribedBody({ ...base, reps: undefined, contacts: 20, perSide: false }, context),
    ).toMatchObject({ reps: 20 });
  });

  it('weights in the runner’s units', () => {
    expect(kgFromInput(35, 'imperial')).toBeCloseTo(15.88, 2);
    expect(weightInUnits(kgFromInput(35, 'imperial'), 'imperial')).toBe(35);
    expect(kgFromInput(12.5, 'metric')).toBe(12.5);
    expect(
      loggedWords({ ...asPrescribedBody(base, context), loadKg: 16, pain: 2 }, 'imperial'),
    ).toBe('10 reps · 35.3 lb · RPE 7 · pain 2/10');
  });

  it('B26: pain 0–3 fine, 4–5 acceptable, above 5 stop', () => {
    expect(painWords(3)).toBe('3/10: fine');
    expect(painWords(5)).toBe('5/10: acceptable');
    expect(painWords(6)).toBe('6/10: stop');
    expect(painSaysStop(5)).toBe(false);
    expect(painSaysStop(6)).toBe(true);
    expect(painSaysStop(null)).toBe(false);
  });
});
