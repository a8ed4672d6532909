import type { QueueSnapshot } from './queue-runner';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The status line: "2 sets waiting to send (offline)". Empty when nothing waits, so the line
 * disappears once everything has arrived.
 */
export const queueStatusLine = (
  snapshot: Pick<QueueSnapshot, 'pendingSets' | 'pendingWorkouts' | 'state' | 'durable'>,
): string => {
  const { pendingSets, pendingWorkouts } = snapshot;
  if (pendingSets + pendingWorkouts === 0) return '';
  const what = [
    pendingSets > 0 ? count(pendingSets, 'set', 'sets') : '',
    pendingWorkouts > 0 ? count(pendingWorkouts, 'workout', 'workouts') : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const why = {
    idle: 'sending soon',
    sending: 'sending…',
    offline: 'offline',
    'signed-out': 'sign in again to send',
    'server-busy': 'the server did not take them yet; trying again every 30 s',
  }[snapshot.state];
  const keep = snapshot.durable ? '' : ' Keep this tab open: this browser cannot store them.';
  return `${what} waiting to send (${why}).${keep}`;
};
