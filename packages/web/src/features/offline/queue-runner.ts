import { clientId } from './client-id';
import {
  flushQueue,
  type QueueItem,
  type QueueStorage,
  type RejectedItem,
  type SetBody,
  type Transport,
  type WorkoutBody,
} from './log-queue';
import { memoryStorage } from './memory-storage';

/** While anything waits, the queue tries again this often (and at once when the device is back online). */
export const RETRY_MS = 30_000;

export type QueueState = 'idle' | 'sending' | 'offline' | 'signed-out' | 'server-busy';

export interface QueueSnapshot {
  userId: string | null;
  pendingSets: number;
  pendingWorkouts: number;
  /** Ids logged on this device and not yet acknowledged by the server. */
  pendingIds: ReadonlySet<string>;
  /** `sessionId@performedOn` of each workout summary still waiting: the session is done. */
  pendingWorkoutKeys: ReadonlySet<string>;
  rejected: readonly RejectedItem[];
  state: QueueState;
  /** False when the browser has no IndexedDB: what waits is lost if the tab closes. */
  durable: boolean;
}

export interface QueueRunnerDeps {
  openStorage: () => Promise<QueueStorage>;
  transport: Transport;
  now: () => number;
  /** setTimeout; answers a function that cancels. */
  schedule: (run: () => void, ms: number) => () => void;
  /** Calls back when the device comes back online; answers a function that stops listening. */
  onOnline: (run: () => void) => () => void;
  isOnline: () => boolean;
  makeId?: () => string;
}

export interface QueueRunner {
  /** The signed-in runner: their waiting items are sent now (app start) and whenever possible. */
  start(userId: string): void;
  logSet(body: SetBody, id?: string): Promise<string>;
  logWorkout(body: WorkoutBody, id?: string): Promise<string>;
  flush(): Promise<void>;
  retryRejected(id: string): Promise<void>;
  discardRejected(id: string): Promise<void>;
  subscribe(listener: () => void): () => void;
  getSnapshot(): QueueSnapshot;
  /** Stops the timer and the online listener (tests; a page never needs it). */
  stop(): void;
}

const EMPTY: QueueSnapshot = {
  userId: null,
  pendingSets: 0,
  pendingWorkouts: 0,
  pendingIds: new Set(),
  pendingWorkoutKeys: new Set(),
  rejected: [],
  state: 'idle',
  durable: true,
};

/**
 * The queue's life in a page: store first, then send; send again when the device comes online,
 * when the runner signs in (app start) and every 30 s while anything waits. One flush at a time;
 * an item logged during a flush is sent by another straight after.
 */
export const createQueueRunner = (deps: QueueRunnerDeps): QueueRunner => {
  const makeId = deps.makeId ?? clientId;
  let snapshot = EMPTY;
  const listeners = new Set<() => void>();
  let storage: Promise<QueueStorage> | undefined;
  let durable = true;
  let running: Promise<void> | undefined;
  let again = false;
  let cancelRetry: (() => void) | undefined;
  let stopListening: (() => void) | undefined;

  const open = (): Promise<QueueStorage> => {
    storage ??= deps.openStorage().catch(() => {
      durable = false;
      return memoryStorage();
    });
    return storage;
  };

  const publish = (next: Partial<QueueSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) listener();
  };

  const refresh = async (state?: QueueState) => {
    const store = await open();
    const userId = snapshot.userId;
    const mine = (await store.pending()).filter((item) => item.userId === userId);
    const rejected = (await store.rejected()).filter((entry) => entry.item.userId === userId);
    publish({
      pendingSets: mine.filter((item) => item.kind === 'set').length,
      pendingWorkouts: mine.filter((item) => item.kind === 'workout').length,
      pendingIds: new Set(mine.map((item) => item.id)),
      pendingWorkoutKeys: new Set(
        mine.flatMap((item) =>
          item.kind === 'workout' ? [`${item.body.sessionId}@${item.body.performedOn}`] : [],
        ),
      ),
      rejected,
      durable,
      ...(state ? { state } : {}),
    });
    return mine.length;
  };

  const scheduleRetry = (waiting: number) => {
    cancelRetry?.();
    cancelRetry = undefined;
    if (waiting > 0) {
      cancelRetry = deps.schedule(() => {
        cancelRetry = undefined;
        void flush();
      }, RETRY_MS);
    }
  };

  const flushOnce = async () => {
    const userId = snapshot.userId;
    if (!userId) return;
    const store = await open();
    publish({ state: 'sending' });
    let state: QueueState = 'idle';
    try {
      const result = await flushQueue({
        storage: store,
        transport: deps.transport,
        userId,
        now: deps.now,
      });
      if (result.offline) state = 'offline';
      else if (result.signedOut) state = 'signed-out';
      else if (result.serverBusy) state = 'server-busy';
    } catch {
      // A storage failure mid-flush: everything not removed is still waiting.
      state = 'server-busy';
    }
    if (state === 'idle' && !deps.isOnline()) state = 'offline';
    scheduleRetry(await refresh(state));
  };

  const flush = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await flushOnce();
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  const enqueue = async (item: QueueItem): Promise<string> => {
    const store = await open();
    await store.put(item);
    await refresh();
    void flush();
    return item.id;
  };

  // A set logged before the runner is known (the session still loading) waits for them.
  let knowUser: (userId: string) => void = () => {};
  const userKnown = new Promise<string>((resolve) => {
    knowUser = resolve;
  });
  const owner = async (): Promise<string> => snapshot.userId ?? userKnown;

  return {
    start(userId) {
      stopListening ??= deps.onOnline(() => void flush());
      if (snapshot.userId === userId) return;
      publish({ userId });
      knowUser(userId);
      void refresh().then(() => flush());
    },
    logSet: async (body, id = makeId()) =>
      enqueue({ kind: 'set', id, userId: await owner(), queuedAt: deps.now(), body }),
    logWorkout: async (body, id = makeId()) =>
      enqueue({ kind: 'workout', id, userId: await owner(), queuedAt: deps.now(), body }),
    flush,
    async retryRejected(id) {
      await (await open()).restore(id);
      await refresh();
      await flush();
    },
    async discardRejected(id) {
      await (await open()).forget(id);
      await refresh();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    stop() {
      cancelRetry?.();
      stopListening?.();
      cancelRetry = undefined;
      stopListening = undefined;
    },
  };
};
