import { findExercise, shortDate } from '@runstrong/core';
import { Button } from '../../components/button';
import type { RejectedItem } from './log-queue';
import { queueStatusLine } from './queue-words';
import { useLogQueue } from './use-log-queue';

const describe = (entry: RejectedItem): string => {
  const { item } = entry;
  if (item.kind === 'workout') return `Workout summary of ${shortDate(item.body.performedOn)}`;
  const name = findExercise(item.body.exerciseId)?.name ?? item.body.exerciseId;
  return `${name}, set ${item.body.setNumber} on ${shortDate(item.body.performedOn)}`;
};

/**
 * "2 sets waiting to send (offline)", and anything the server refused, with its words: the
 * runner decides whether to try again or remove it; nothing is dropped silently.
 */
export const LogQueueStatus = ({ className = '' }: { className?: string }) => {
  const { queue, snapshot } = useLogQueue();
  const line = queueStatusLine(snapshot);
  const visible = line !== '' || snapshot.rejected.length > 0;
  return (
    // Always in the page, so that the status line is announced when it appears; out of the layout
    // (sr-only) while there is nothing to say.
    <div className={visible ? `flex flex-col gap-2 ${className}` : 'sr-only'}>
      <p
        role="status"
        className={line ? 'rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900' : ''}
      >
        {line}
      </p>
      {snapshot.rejected.length > 0 && (
        <section
          aria-labelledby="rejected-heading"
          className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          <h2 id="rejected-heading" className="font-semibold">
            {snapshot.rejected.length === 1
              ? 'The server did not accept 1 logged item'
              : `The server did not accept ${snapshot.rejected.length} logged items`}
          </h2>
          <ul className="mt-2 flex flex-col gap-2">
            {snapshot.rejected.map((entry) => (
              <li key={entry.id} className="flex flex-col gap-1">
                <span>
                  {describe(entry)}: {entry.message}
                </span>
                <span className="flex gap-2">
                  <Button variant="secondary" onClick={() => void queue.retryRejected(entry.id)}>
                    Try again
                  </Button>
                  <Button
                    variant="secondary"
                    aria-label={`Remove ${describe(entry)}`}
                    onClick={() => void queue.discardRejected(entry.id)}
                  >
                    Remove
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
};
