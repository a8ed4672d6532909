/**
 * Today's date where the runner is, `YYYY-MM-DD`. The server's "today" is UTC, which in the
 * evening west of Greenwich (or the morning east of it) is another day, so the app always asks
 * for its own date.
 */
export const localIsoDate = (now: Date = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
