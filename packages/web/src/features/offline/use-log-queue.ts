import { useEffect, useSyncExternalStore } from 'react';
import { useSession } from '../../api/session';
import { logQueue } from './browser-queue';
import type { QueueSnapshot } from './queue-runner';

/**
 * The log queue for the signed-in runner, and its state for a status line. Mounting it starts
 * the queue: what waits from an earlier visit is sent now.
 */
export const useLogQueue = (): { queue: ReturnType<typeof logQueue>; snapshot: QueueSnapshot } => {
  const queue = logQueue();
  const session = useSession();
  const userId = session.data?.id;
  useEffect(() => {
    if (userId) queue.start(userId);
  }, [queue, userId]);
  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
  return { queue, snapshot };
};
