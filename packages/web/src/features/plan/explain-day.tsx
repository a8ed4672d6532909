import { useState } from 'react';
import { humaniseDates } from './plan-dates';
import { useExplainDay } from './use-plan';

const CHANGE_WORDS: Record<string, string> = {
  move: 'You moved a session here',
  skip: 'You skipped a session',
  swap: 'You swapped an exercise',
};

/** "move (warning: A2: …)" as the server words a change, in a sentence. */
const changeText = (change: string): string => {
  const match = /^(\w+)(?: \(warning: (.*)\))?$/.exec(change);
  if (!match) return change;
  const [, kind = '', warning] = match;
  const words = CHANGE_WORDS[kind] ?? kind;
  return warning ? `${words}, against the rules: ${humaniseDates(warning)}` : words;
};

/** The plan's decisions for the day's week and the runner's changes, fetched when opened. */
export const ExplainDay = ({ date }: { date: string }) => {
  const [open, setOpen] = useState(false);
  const explain = useExplainDay(date, open);
  return (
    <details
      className="text-sm text-stone-800"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer py-2 font-medium text-brand-strong">
        More about this week's plan
      </summary>
      {explain.isPending ? (
        <p role="status">Loading…</p>
      ) : explain.isError ? (
        <p className="text-red-800">{explain.error.message}</p>
      ) : (
        <div className="flex flex-col gap-2">
          {explain.data.changes.length > 0 && (
            <ul className="flex flex-col gap-1">
              {explain.data.changes.map((c) => (
                <li key={c}>{changeText(c)}</li>
              ))}
            </ul>
          )}
          <ul className="flex list-disc flex-col gap-1 pl-5 text-stone-700">
            {explain.data.decisions.map((d) => (
              <li key={d}>{humaniseDates(d)}</li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
};
