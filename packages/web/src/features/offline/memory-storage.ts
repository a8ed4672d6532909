import type { QueueItem, QueueStorage, RejectedItem } from './log-queue';

/**
 * The queue kept in memory: the tests' storage, and the fallback when the browser has no
 * IndexedDB (then a closed tab loses what was not yet sent, and the status line says so).
 */
export const memoryStorage = (): QueueStorage => {
  const pending = new Map<string, QueueItem>();
  const rejected = new Map<string, RejectedItem>();
  return {
    pending: async () => [...pending.values()].sort((a, b) => a.queuedAt - b.queuedAt),
    put: async (item) => {
      pending.set(item.id, structuredClone(item));
    },
    remove: async (ids) => {
      for (const id of ids) pending.delete(id);
    },
    rejected: async () => [...rejected.values()].sort((a, b) => a.rejectedAt - b.rejectedAt),
    reject: async (entries) => {
      for (const entry of entries) {
        pending.delete(entry.id);
        rejected.set(entry.id, structuredClone(entry));
      }
    },
    restore: async (id) => {
      const entry = rejected.get(id);
      if (!entry) return;
      rejected.delete(id);
      pending.set(id, entry.item);
    },
    forget: async (id) => {
      rejected.delete(id);
    },
  };
};
