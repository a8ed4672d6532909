import { useEffect, useRef, useState } from 'react';

/**
 * `Date.now()`, refreshed four times a second while `active`, and at once when the tab comes back
 * to the front: countdowns are computed from their end time on every render, so a timer that ran
 * in the background shows true time the moment the runner looks.
 */
export const useNow = (active: boolean): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setNow(Date.now());
      timer = setTimeout(tick, 250);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') setNow(Date.now());
    };
    tick();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [active]);
  return now;
};

/** Runs `callback` once at `Date.now()`-time `at` (a timer's end), if it is set. */
export const useAlarm = (at: number | undefined, callback: () => void): void => {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    if (at === undefined) return;
    const timer = setTimeout(() => latest.current(), Math.max(0, at - Date.now()));
    return () => clearTimeout(timer);
  }, [at]);
};

/**
 * Seconds a set has been moving: `performance.now()` read on every animation frame, frozen while
 * not `running`, back to 0 when `resetKey` changes.
 */
export const useMovementClock = (running: boolean, resetKey: string): number => {
  const [elapsed, setElapsed] = useState({ key: resetKey, seconds: 0 });
  const carried = useRef({ key: resetKey, seconds: 0 });
  useEffect(() => {
    const before = carried.current.key === resetKey ? carried.current.seconds : 0;
    if (!running) {
      carried.current = { key: resetKey, seconds: before };
      setElapsed({ key: resetKey, seconds: before });
      return;
    }
    const start = performance.now();
    const now = () => before + (performance.now() - start) / 1000;
    let frame = requestAnimationFrame(function loop() {
      setElapsed({ key: resetKey, seconds: now() });
      frame = requestAnimationFrame(loop);
    });
    return () => {
      cancelAnimationFrame(frame);
      carried.current = { key: resetKey, seconds: now() };
    };
  }, [running, resetKey]);
  return elapsed.key === resetKey ? elapsed.seconds : 0;
};

/** Whether the runner asked the system for less motion. */
export const useReducedMotion = (): boolean => {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduced, setReduced] = useState(
    () => typeof matchMedia === 'function' && matchMedia(query).matches,
  );
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const list = matchMedia(query);
    const onChange = () => setReduced(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return reduced;
};
