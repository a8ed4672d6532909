import type { PlanExercise } from '@runstrong/core';
import { usePlanActions } from './plan-actions';
import { SMALL_BUTTON } from './plan-styles';
import { useSwapExercise, useSwapOptions } from './use-plan';

/** What an exercise can be swapped for, with the runner's equipment and level. */
export const SwapOptions = ({
  sessionId,
  exercise,
  onDone,
}: {
  sessionId: string;
  exercise: PlanExercise;
  onDone: () => void;
}) => {
  const { announce } = usePlanActions();
  const options = useSwapOptions(sessionId, exercise.exerciseId, true);
  const swap = useSwapExercise();

  if (options.isPending) return <p className="mt-2 text-sm">Finding alternatives…</p>;
  if (options.isError) return <p className="mt-2 text-sm text-red-800">{options.error.message}</p>;
  if (options.data.length === 0) {
    return (
      <p className="mt-2 text-sm text-stone-800">
        Nothing else fits this slot with your equipment and level.
      </p>
    );
  }
  return (
    <section
      aria-label={`Alternatives to ${exercise.name}`}
      className="mt-2 rounded-md border border-stone-300 bg-stone-50 p-2"
    >
      <p className="text-sm font-medium">Swap {exercise.name} for:</p>
      <ul className="mt-1 flex flex-col gap-1">
        {options.data.map((option) => (
          <li key={option.id}>
            <button
              type="button"
              className={`${SMALL_BUTTON} w-full text-left`}
              disabled={swap.isPending}
              onClick={async () => {
                try {
                  await swap.mutateAsync({
                    sessionId,
                    exerciseId: exercise.exerciseId,
                    with: option.id,
                  });
                  announce(`Swapped ${exercise.name} for ${option.name}.`);
                  onDone();
                } catch (caught) {
                  announce(
                    `Not swapped: ${caught instanceof Error ? caught.message : String(caught)}`,
                  );
                }
              }}
            >
              {option.name} <span className="text-stone-700">({option.pattern})</span>
            </button>
          </li>
        ))}
      </ul>
      {swap.isError && <p className="mt-1 text-sm text-red-800">{swap.error.message}</p>}
    </section>
  );
};
