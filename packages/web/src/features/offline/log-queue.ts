/**
 * The workout log's offline queue. Every logged set and workout gets a client-made id and is
 * stored on the device FIRST; flushing then sends it (sets in batches, workouts one by one) and
 * removes it only after the server said 2xx. The endpoints are idempotent by id, so sending an
 * item twice — a retry, two tabs, a reload mid-request — never makes a duplicate.
 *
 * This file is the pure part: no IndexedDB, no fetch, no timers. Storage and transport come in as
 * interfaces (IndexedDB and fetch in the browser, in-memory ones in the tests).
 */

export type Band = 'light' | 'medium' | 'heavy';

/** PUT /api/log/sets/:id's body. */
export interface SetBody {
  sessionId: string;
  exerciseId: string;
  setNumber: number;
  performedOn: string;
  reps?: number | null;
  seconds?: number | null;
  loadKg?: number | null;
  band?: Band | null;
  rpe?: number | null;
  pain?: number | null;
  notes?: string | null;
}

/** PUT /api/log/workouts/:id's body. */
export interface WorkoutBody {
  sessionId: string;
  performedOn: string;
  rpe?: number | null;
  durationMinutes?: number | null;
  /** B26: pain 0–10 before the session; the next morning's is compared with it. */
  painBefore?: number | null;
  painNextMorning?: number | null;
  notes?: string | null;
}

interface Queued {
  /** The client-made UUID the server files the row under. */
  id: string;
  /** Whose it is: items wait for their own runner to be signed in. */
  userId: string;
  /** `Date.now()` when logged; the queue sends in this order. */
  queuedAt: number;
}
export interface QueuedSet extends Queued {
  kind: 'set';
  body: SetBody;
}
export interface QueuedWorkout extends Queued {
  kind: 'workout';
  body: WorkoutBody;
}
export type QueueItem = QueuedSet | QueuedWorkout;

/** An item the server refused (a 4xx that asking again will not change), kept to show the runner. */
export interface RejectedItem {
  id: string;
  item: QueueItem;
  status: number;
  code: string;
  message: string;
  rejectedAt: number;
}

export interface QueueStorage {
  /** Every waiting item, oldest first. */
  pending(): Promise<QueueItem[]>;
  /** Adds or replaces (same id) a waiting item. */
  put(item: QueueItem): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  rejected(): Promise<RejectedItem[]>;
  /** Moves items from waiting to rejected, in one step. */
  reject(entries: readonly RejectedItem[]): Promise<void>;
  /** Moves a rejected item back to waiting (the runner asks to try again). */
  restore(id: string): Promise<void>;
  /** Drops a rejected item (the runner removes it). */
  forget(id: string): Promise<void>;
}

export interface TransportAnswer {
  status: number;
  body: unknown;
}

export interface Transport {
  /** Resolves with any HTTP answer; rejects only when none came (offline, DNS, connection reset). */
  request(method: 'POST' | 'PUT', path: string, body: unknown): Promise<TransportAnswer>;
}

/** The server's limit for POST /api/log/sets/batch. */
export const MAX_BATCH = 200;

/**
 * What an answer means for the item: sent (2xx, remove it); retry later (no answer, 408, 429,
 * 5xx); wait for the runner to sign in again (401: the item is fine, the session is not); or
 * rejected (any other 4xx: the item itself is wrong, and sending it again will not help).
 */
export type Verdict = 'sent' | 'retry' | 'signed-out' | 'reject';

export const verdictFor = (status: number): Verdict => {
  if (status >= 200 && status < 300) return 'sent';
  if (status === 401) return 'signed-out';
  if (status === 408 || status === 429) return 'retry';
  if (status >= 400 && status < 500) return 'reject';
  return 'retry';
};

export interface FlushPlan {
  /** This runner's sets in the order logged, at most MAX_BATCH a batch. */
  batches: QueuedSet[][];
  workouts: QueuedWorkout[];
}

/** How the waiting items of one runner are sent: sets in batches first, then workouts. */
export const planFlush = (items: readonly QueueItem[], userId: string): FlushPlan => {
  const mine = items
    .filter((item) => item.userId === userId)
    .sort((a, b) => a.queuedAt - b.queuedAt);
  const sets = mine.filter((item): item is QueuedSet => item.kind === 'set');
  const batches: QueuedSet[][] = [];
  for (let start = 0; start < sets.length; start += MAX_BATCH) {
    batches.push(sets.slice(start, start + MAX_BATCH));
  }
  return {
    batches,
    workouts: mine.filter((item): item is QueuedWorkout => item.kind === 'workout'),
  };
};

/** The server's error words: `{ error: { code, message } }`, or better-auth's `{ code, message }`. */
export const errorOf = (answer: TransportAnswer): { code: string; message: string } => {
  const body = (answer.body ?? {}) as {
    error?: { code?: unknown; message?: unknown };
    code?: unknown;
    message?: unknown;
  };
  const code = body.error?.code ?? body.code;
  const message = body.error?.message ?? body.message;
  return {
    code: typeof code === 'string' ? code : `http-${answer.status}`,
    message: typeof message === 'string' ? message : `The server answered ${answer.status}.`,
  };
};

const setPath = (id: string) => `/api/log/sets/${encodeURIComponent(id)}`;
const workoutPath = (id: string) => `/api/log/workouts/${encodeURIComponent(id)}`;

export interface FlushResult {
  sent: number;
  rejected: number;
  /** This runner's items still waiting. */
  remaining: number;
  /** No answer came: the device is offline or the server unreachable. */
  offline: boolean;
  /** The server answered 401: sign in again to send. */
  signedOut: boolean;
  /** The server answered 408, 429 or 5xx: try again later. */
  serverBusy: boolean;
}

export interface FlushDeps {
  storage: QueueStorage;
  transport: Transport;
  userId: string;
  now: () => number;
}

type Outcome = 'sent' | 'rejected' | 'stop';

/**
 * Sends this runner's waiting items. A batch the server refuses with a 4xx is all or nothing on
 * the server, so its sets are sent again one by one: the good ones arrive, and only the one the
 * server refuses moves to the rejected list. A missing answer, a 401, 408, 429 or 5xx stops the
 * flush with everything still waiting.
 */
export const flushQueue = async ({
  storage,
  transport,
  userId,
  now,
}: FlushDeps): Promise<FlushResult> => {
  const plan = planFlush(await storage.pending(), userId);
  const result: FlushResult = {
    sent: 0,
    rejected: 0,
    remaining: 0,
    offline: false,
    signedOut: false,
    serverBusy: false,
  };

  const ask = async (
    method: 'POST' | 'PUT',
    path: string,
    body: unknown,
  ): Promise<TransportAnswer | undefined> => {
    try {
      return await transport.request(method, path, body);
    } catch {
      result.offline = true;
      return undefined;
    }
  };

  /** Applies an answer to the items it concerns. */
  const settle = async (items: readonly QueueItem[], answer: TransportAnswer): Promise<Outcome> => {
    const verdict = verdictFor(answer.status);
    if (verdict === 'sent') {
      await storage.remove(items.map((item) => item.id));
      result.sent += items.length;
      return 'sent';
    }
    if (verdict === 'reject') {
      const { code, message } = errorOf(answer);
      const at = now();
      await storage.reject(
        items.map((item) => ({
          id: item.id,
          item,
          status: answer.status,
          code,
          message,
          rejectedAt: at,
        })),
      );
      result.rejected += items.length;
      return 'rejected';
    }
    if (verdict === 'signed-out') result.signedOut = true;
    else result.serverBusy = true;
    return 'stop';
  };

  const sendOne = async (item: QueueItem): Promise<Outcome> => {
    const answer =
      item.kind === 'set'
        ? await ask('PUT', setPath(item.id), item.body)
        : await ask('PUT', workoutPath(item.id), item.body);
    return answer ? settle([item], answer) : 'stop';
  };

  const run = async (): Promise<void> => {
    for (const batch of plan.batches) {
      const answer = await ask('POST', '/api/log/sets/batch', {
        sets: batch.map((item) => ({ id: item.id, ...item.body })),
      });
      if (!answer) return;
      if (verdictFor(answer.status) === 'reject' && batch.length > 1) {
        for (const item of batch) {
          if ((await sendOne(item)) === 'stop') return;
        }
      } else if ((await settle(batch, answer)) === 'stop') {
        return;
      }
    }
    for (const workout of plan.workouts) {
      if ((await sendOne(workout)) === 'stop') return;
    }
  };
  await run();

  result.remaining = (await storage.pending()).filter((item) => item.userId === userId).length;
  return result;
};
