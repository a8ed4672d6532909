import { describe, expect, it } from 'vitest';
import type { Transport } from './log-queue';
import { memoryStorage } from './memory-storage';
import { createQueueRunner, RETRY_MS } from './queue-runner';
import { queueStatusLine } from './queue-words';

/** Timers and the online event by hand, so the test decides when time passes. */
const harness = (answer: () => number | null) => {
  let time = 0;
  const timers: { at: number; run: () => void }[] = [];
  const onlineListeners: (() => void)[] = [];
  let online = true;
  const sent: string[] = [];
  const transport: Transport = {
    request: async (_method, path, body) => {
      const status = answer();
      if (status === null) throw new TypeError('Failed to fetch');
      if (path.endsWith('/batch')) {
        for (const s of (body as { sets: { id: string }[] }).sets) sent.push(s.id);
      } else sent.push(path);
      return { status, body: {} };
    },
  };
  const storage = memoryStorage();
  let n = 0;
  const runner = createQueueRunner({
    openStorage: async () => storage,
    transport,
    now: () => time,
    schedule: (run, ms) => {
      const timer = { at: time + ms, run };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
    onOnline: (run) => {
      onlineListeners.push(run);
      return () => onlineListeners.splice(onlineListeners.indexOf(run), 1);
    },
    isOnline: () => online,
    makeId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    runner,
    storage,
    sent,
    timers,
    setOnline(value: boolean) {
      online = value;
      if (value) for (const listener of [...onlineListeners]) listener();
    },
    async advance(ms: number) {
      time += ms;
      for (const timer of timers.filter((t) => t.at <= time)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.run();
      }
      await settle();
      await settle();
    },
    settle,
  };
};

const body = {
  sessionId: '2026-12-01-strength',
  exerciseId: 'plank',
  setNumber: 1,
  performedOn: '2026-12-01',
  seconds: 30,
};

describe('the queue in a page', () => {
  it('stores a logged set, then sends it; nothing waits afterwards', async () => {
    const h = harness(() => 200);
    h.runner.start('runner-a');
    const id = await h.runner.logSet(body);
    await h.runner.flush();
    expect(h.sent).toEqual([id]);
    expect(h.runner.getSnapshot()).toMatchObject({ pendingSets: 0, state: 'idle' });
    expect(h.timers).toHaveLength(0);
  });

  it('offline: keeps the set, retries every 30 s, and sends it once when the device is back online', async () => {
    let reachable = false;
    const h = harness(() => (reachable ? 200 : null));
    h.runner.start('runner-a');
    const id = await h.runner.logSet(body);
    await h.runner.flush();
    expect(h.runner.getSnapshot()).toMatchObject({ pendingSets: 1, state: 'offline' });
    expect(queueStatusLine(h.runner.getSnapshot())).toBe('1 set waiting to send (offline).');
    expect(h.timers.map((t) => t.at)).toEqual([RETRY_MS]);

    await h.advance(RETRY_MS);
    expect(h.runner.getSnapshot().pendingSets).toBe(1);
    expect(h.timers).toHaveLength(1);

    reachable = true;
    h.setOnline(true);
    await h.runner.flush();
    expect(h.sent).toEqual([id]);
    expect(h.runner.getSnapshot()).toMatchObject({ pendingSets: 0, state: 'idle' });
    expect(h.timers).toHaveLength(0);
    await h.advance(RETRY_MS);
    expect(h.sent).toEqual([id]);
  });

  it('a set logged before the runner is known waits for them, then is stored and sent', async () => {
    const h = harness(() => 200);
    const logged = h.runner.logSet(body);
    h.runner.start('runner-a');
    const id = await logged;
    await h.runner.flush();
    expect(h.sent).toEqual([id]);
  });

  it('at start, sends what an earlier visit left waiting', async () => {
    const h = harness(() => 201);
    await h.storage.put({ kind: 'set', id: 'left-over', userId: 'runner-a', queuedAt: 1, body });
    h.runner.start('runner-a');
    await h.settle();
    await h.runner.flush();
    expect(h.sent).toEqual(['left-over']);
  });

  it('a refused set is shown, can be tried again, and is never dropped without the runner', async () => {
    let status = 400;
    const h = harness(() => status);
    h.runner.start('runner-a');
    await h.runner.logSet(body);
    await h.runner.flush();
    const [refused] = h.runner.getSnapshot().rejected;
    expect(refused?.status).toBe(400);
    expect(h.runner.getSnapshot().pendingSets).toBe(0);
    status = 200;
    await h.runner.retryRejected(refused?.id ?? '');
    expect(h.runner.getSnapshot()).toMatchObject({ pendingSets: 0, rejected: [] });
  });

  it('falls back to memory when IndexedDB cannot open, and says so', async () => {
    const runner = createQueueRunner({
      openStorage: () => Promise.reject(new Error('no IndexedDB')),
      transport: { request: () => Promise.reject(new TypeError('offline')) },
      now: () => 0,
      schedule: () => () => {},
      onOnline: () => () => {},
      isOnline: () => false,
    });
    runner.start('runner-a');
    await runner.logSet(body);
    await runner.flush();
    expect(runner.getSnapshot()).toMatchObject({ durable: false, pendingSets: 1 });
    expect(queueStatusLine(runner.getSnapshot())).toContain('Keep this tab open');
  });
});

describe('the status line', () => {
  it('counts sets and workouts and says why they wait', () => {
    const base = { pendingSets: 2, pendingWorkouts: 0, state: 'offline', durable: true } as const;
    expect(queueStatusLine(base)).toBe('2 sets waiting to send (offline).');
    expect(queueStatusLine({ ...base, pendingWorkouts: 1, state: 'sending' })).toBe(
      '2 sets and 1 workout waiting to send (sending…).',
    );
    expect(queueStatusLine({ ...base, pendingSets: 0 })).toBe('');
  });
});
