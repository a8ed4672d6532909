import { describe, expect, it } from 'vitest';
import {
  flushQueue,
  MAX_BATCH,
  planFlush,
  type QueuedSet,
  type QueueItem,
  type Transport,
  type TransportAnswer,
  verdictFor,
} from './log-queue';
import { memoryStorage } from './memory-storage';

const set = (n: number, overrides: Partial<QueuedSet> = {}): QueuedSet => ({
  kind: 'set',
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  userId: 'runner-a',
  queuedAt: 1_000 + n,
  body: {
    sessionId: '2026-12-01-strength',
    exerciseId: 'goblet-squat',
    setNumber: 1,
    performedOn: '2026-12-01',
    reps: 10,
  },
  ...overrides,
});

const workout = (n: number): QueueItem => ({
  kind: 'workout',
  id: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  userId: 'runner-a',
  queuedAt: 5_000 + n,
  body: {
    sessionId: '2026-12-01-strength',
    performedOn: '2026-12-01',
    rpe: 7,
    durationMinutes: 35,
  },
});

interface Call {
  method: string;
  path: string;
  body: unknown;
}

/** A fake server: answers by a function of the request; `null` means no answer (offline). */
const fakeServer = (answer: (call: Call) => TransportAnswer | null) => {
  const calls: Call[] = [];
  const transport: Transport = {
    request: async (method, path, body) => {
      const call = { method, path, body };
      calls.push(call);
      const a = answer(call);
      if (!a) throw new TypeError('Failed to fetch');
      return a;
    },
  };
  return { calls, transport };
};

const ok: TransportAnswer = { status: 200, body: {} };
const deps = (transport: Transport, storage = memoryStorage()) => ({
  storage,
  transport,
  userId: 'runner-a',
  now: () => 42,
});

describe('what an answer means', () => {
  it.each([
    [200, 'sent'],
    [201, 'sent'],
    [204, 'sent'],
    [400, 'reject'],
    [403, 'reject'],
    [404, 'reject'],
    [409, 'reject'],
    [422, 'reject'],
    [401, 'signed-out'],
    [408, 'retry'],
    [429, 'retry'],
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
  ] as const)('%i → %s', (status, verdict) => {
    expect(verdictFor(status)).toBe(verdict);
  });
});

describe('batching', () => {
  it('sends one runner’s sets in the order logged, at most 200 a batch, workouts apart', () => {
    const items: QueueItem[] = [
      ...Array.from({ length: 450 }, (_, i) => set(450 - i)),
      workout(1),
      set(999, { userId: 'runner-b' }),
    ];
    const plan = planFlush(items, 'runner-a');
    expect(plan.batches.map((b) => b.length)).toEqual([MAX_BATCH, MAX_BATCH, 50]);
    expect(plan.batches[0]?.[0]?.id).toBe(set(1).id);
    expect(plan.batches.flat().every((item) => item.userId === 'runner-a')).toBe(true);
    expect(plan.workouts).toHaveLength(1);
  });

  it('has nothing to send for a runner with nothing waiting', () => {
    expect(planFlush([set(1)], 'runner-b')).toEqual({ batches: [], workouts: [] });
  });
});

describe('flushing', () => {
  it('sends sets as one batch with their ids and workouts by PUT, and removes them after a 2xx', async () => {
    const storage = memoryStorage();
    await storage.put(set(1));
    await storage.put(set(2));
    await storage.put(workout(1));
    const server = fakeServer(() => ok);
    const result = await flushQueue(deps(server.transport, storage));
    expect(server.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /api/log/sets/batch',
      `PUT /api/log/workouts/${workout(1).id}`,
    ]);
    expect(server.calls[0]?.body).toEqual({
      sets: [
        { id: set(1).id, ...set(1).body },
        { id: set(2).id, ...set(2).body },
      ],
    });
    expect(result).toMatchObject({ sent: 3, remaining: 0, offline: false });
    expect(await storage.pending()).toEqual([]);
  });

  it('B26: a workout’s pain before the session is stored with it and sent as it was logged', async () => {
    const storage = memoryStorage();
    const painful: QueueItem = {
      ...workout(2),
      kind: 'workout',
      body: { sessionId: '2026-12-01-strength', performedOn: '2026-12-01', painBefore: 3 },
    };
    await storage.put(painful);
    expect(await storage.pending()).toEqual([painful]);
    const server = fakeServer(() => ok);
    await flushQueue(deps(server.transport, storage));
    expect(server.calls).toEqual([
      {
        method: 'PUT',
        path: `/api/log/workouts/${painful.id}`,
        body: { sessionId: '2026-12-01-strength', performedOn: '2026-12-01', painBefore: 3 },
      },
    ]);
  });

  it('keeps everything when offline, and a later flush sends each item once', async () => {
    const storage = memoryStorage();
    await storage.put(set(1));
    let online = false;
    const received = new Map<string, number>();
    const server = fakeServer((call) => {
      if (!online) return null;
      for (const s of (call.body as { sets: { id: string }[] }).sets) {
        received.set(s.id, (received.get(s.id) ?? 0) + 1);
      }
      return ok;
    });
    const first = await flushQueue(deps(server.transport, storage));
    expect(first).toMatchObject({ offline: true, remaining: 1, sent: 0 });
    expect(await storage.pending()).toHaveLength(1);
    online = true;
    expect(await flushQueue(deps(server.transport, storage))).toMatchObject({
      sent: 1,
      remaining: 0,
    });
    expect(await flushQueue(deps(server.transport, storage))).toMatchObject({
      sent: 0,
      remaining: 0,
    });
    expect([...received.values()]).toEqual([1]);
  });

  it.each([408, 429, 500, 503])('keeps everything and stops on %i', async (status) => {
    const storage = memoryStorage();
    await storage.put(set(1));
    await storage.put(workout(1));
    const server = fakeServer(() => ({ status, body: {} }));
    const result = await flushQueue(deps(server.transport, storage));
    expect(result).toMatchObject({ serverBusy: true, remaining: 2, rejected: 0 });
    expect(server.calls).toHaveLength(1);
    expect(await storage.rejected()).toEqual([]);
  });

  it('keeps everything on 401: the items are fine, the session is not', async () => {
    const storage = memoryStorage();
    await storage.put(set(1));
    const server = fakeServer(() => ({ status: 401, body: { error: { code: 'unauthorized' } } }));
    expect(await flushQueue(deps(server.transport, storage))).toMatchObject({
      signedOut: true,
      remaining: 1,
    });
    expect(await storage.rejected()).toEqual([]);
  });

  it('on a refused batch, sends its sets one by one: the good arrive, the bad one is set aside with the server’s words', async () => {
    const storage = memoryStorage();
    const bad = set(2, { body: { ...set(2).body, exerciseId: 'no-such-exercise' } });
    await storage.put(set(1));
    await storage.put(bad);
    await storage.put(set(3));
    const server = fakeServer((call) => {
      const refuse = {
        status: 400,
        body: { error: { code: 'unknown-exercise', message: 'no exercise "no-such-exercise"' } },
      };
      if (call.path === '/api/log/sets/batch') return refuse;
      return (call.body as { exerciseId: string }).exerciseId === 'no-such-exercise'
        ? refuse
        : { status: 201, body: {} };
    });
    const result = await flushQueue(deps(server.transport, storage));
    expect(server.calls.map((c) => c.path)).toEqual([
      '/api/log/sets/batch',
      `/api/log/sets/${set(1).id}`,
      `/api/log/sets/${bad.id}`,
      `/api/log/sets/${set(3).id}`,
    ]);
    expect(result).toMatchObject({ sent: 2, rejected: 1, remaining: 0 });
    expect(await storage.pending()).toEqual([]);
    expect(await storage.rejected()).toEqual([
      {
        id: bad.id,
        item: bad,
        status: 400,
        code: 'unknown-exercise',
        message: 'no exercise "no-such-exercise"',
        rejectedAt: 42,
      },
    ]);
  });

  it('a refused workout is set aside, never dropped, and can be restored to try again', async () => {
    const storage = memoryStorage();
    await storage.put(workout(1));
    const server = fakeServer(() => ({
      status: 400,
      body: { error: { code: 'validation', message: 'rpe' } },
    }));
    expect(await flushQueue(deps(server.transport, storage))).toMatchObject({ rejected: 1 });
    expect(await storage.rejected()).toHaveLength(1);
    await storage.restore(workout(1).id);
    expect(await storage.pending()).toEqual([workout(1)]);
    expect(await storage.rejected()).toEqual([]);
  });

  it('leaves another runner’s items alone', async () => {
    const storage = memoryStorage();
    await storage.put(set(1, { userId: 'runner-b' }));
    const server = fakeServer(() => ok);
    expect(await flushQueue(deps(server.transport, storage))).toMatchObject({
      sent: 0,
      remaining: 0,
    });
    expect(server.calls).toEqual([]);
    expect(await storage.pending()).toHaveLength(1);
  });

  it('an edited set replaces the waiting one under the same id', async () => {
    const storage = memoryStorage();
    await storage.put(set(1));
    await storage.put(set(1, { body: { ...set(1).body, reps: 8 } }));
    const pending = await storage.pending();
    expect(pending).toHaveLength(1);
    expect(pending[0]?.kind === 'set' && pending[0].body.reps).toBe(8);
  });
});
