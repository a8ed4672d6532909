import { type DBSchema, openDB } from 'idb';
import type { QueueItem, QueueStorage, RejectedItem } from './log-queue';

interface QueueDatabase extends DBSchema {
  pending: { key: string; value: QueueItem };
  rejected: { key: string; value: RejectedItem };
}

const DATABASE = 'runstrong-log-queue';

/** The queue in IndexedDB: what was logged survives a closed tab, a reload and a flat battery. */
export const idbStorage = async (): Promise<QueueStorage> => {
  const db = await openDB<QueueDatabase>(DATABASE, 1, {
    upgrade(database) {
      database.createObjectStore('pending', { keyPath: 'id' });
      database.createObjectStore('rejected', { keyPath: 'id' });
    },
  });
  return {
    pending: async () => (await db.getAll('pending')).sort((a, b) => a.queuedAt - b.queuedAt),
    put: async (item) => {
      await db.put('pending', item);
    },
    remove: async (ids) => {
      const tx = db.transaction('pending', 'readwrite');
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    },
    rejected: async () => (await db.getAll('rejected')).sort((a, b) => a.rejectedAt - b.rejectedAt),
    reject: async (entries) => {
      const tx = db.transaction(['pending', 'rejected'], 'readwrite');
      const pending = tx.objectStore('pending');
      const rejected = tx.objectStore('rejected');
      await Promise.all([
        ...entries.flatMap((entry) => [pending.delete(entry.id), rejected.put(entry)]),
        tx.done,
      ]);
    },
    restore: async (id) => {
      const tx = db.transaction(['pending', 'rejected'], 'readwrite');
      const entry = await tx.objectStore('rejected').get(id);
      if (entry) {
        await tx.objectStore('pending').put(entry.item);
        await tx.objectStore('rejected').delete(id);
      }
      await tx.done;
    },
    forget: async (id) => {
      await db.delete('rejected', id);
    },
  };
};
