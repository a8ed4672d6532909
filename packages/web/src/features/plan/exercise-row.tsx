import type { PlanExercise } from '@runstrong/core';
import { formatDose, formatLoad, formatRest, formatTempo } from '@runstrong/core';
import { useState } from 'react';
import { usePlanActions } from './plan-actions';
import { SMALL_BUTTON } from './plan-styles';
import { SwapOptions } from './swap-options';

/** One exercise of a session: dose, load in the runner's units, rest, tempo and the first cue. */
export const ExerciseRow = ({
  exercise,
  sessionId,
  canSwap,
}: {
  exercise: PlanExercise;
  sessionId: string;
  canSwap: boolean;
}) => {
  const { units } = usePlanActions();
  const [swapping, setSwapping] = useState(false);
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-semibold">{exercise.name}</p>
          <p className="text-sm text-stone-800">
            {formatDose(exercise)} · {formatLoad(exercise.load, units)}
          </p>
          <p className="text-sm text-stone-700">
            Rest {formatRest(exercise.restSeconds)} · Tempo{' '}
            <abbr title="seconds down, pause, up, pause">{formatTempo(exercise.tempo)}</abbr>
          </p>
        </div>
        {canSwap && (
          <button
            type="button"
            className={`${SMALL_BUTTON} no-print`}
            aria-expanded={swapping}
            aria-label={`Swap ${exercise.name}`}
            onClick={() => setSwapping((s) => !s)}
          >
            Swap…
          </button>
        )}
      </div>
      <p className="mt-1 text-sm text-stone-800 italic">{exercise.cues[0]}</p>
      {exercise.note && <p className="mt-1 text-sm text-stone-700">{exercise.note}</p>}
      {swapping && (
        <SwapOptions sessionId={sessionId} exercise={exercise} onDone={() => setSwapping(false)} />
      )}
    </li>
  );
};
