import { idbStorage } from './idb-storage';
import type { Transport } from './log-queue';
import { createQueueRunner, type QueueRunner } from './queue-runner';

/** fetch on the same origin with the session cookie; a missing answer rejects. */
const fetchTransport: Transport = {
  async request(method, path, body) {
    const response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed };
  },
};

let runner: QueueRunner | undefined;

/** The page's one log queue: IndexedDB, fetch, the `online` event and a 30 s retry. */
export const logQueue = (): QueueRunner => {
  runner ??= createQueueRunner({
    openStorage: idbStorage,
    transport: fetchTransport,
    now: () => Date.now(),
    schedule: (run, ms) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
    onOnline: (run) => {
      const onVisible = () => {
        if (document.visibilityState === 'visible') run();
      };
      window.addEventListener('online', run);
      document.addEventListener('visibilitychange', onVisible);
      return () => {
        window.removeEventListener('online', run);
        document.removeEventListener('visibilitychange', onVisible);
      };
    },
    isOnline: () => navigator.onLine,
  });
  return runner;
};
