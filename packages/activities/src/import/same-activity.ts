import type { Activity } from '../activity';

/** Duplicates: starts at most this far apart… */
const SAME_START_MS = 60_000;
/** …and distances within this fraction of each other. */
const SAME_DISTANCE = 0.02;

const startMs = (a: Activity): number | null => (a.start === null ? null : Date.parse(a.start));

const sameDistance = (a: number | null, b: number | null): boolean =>
  a === null || b === null
    ? a === b
    : Math.abs(a - b) <= SAME_DISTANCE * Math.max(Math.abs(a), Math.abs(b));

/** The same run recorded twice (watch file and Strava, or one file under two names). */
export const isSameActivity = (a: Activity, b: Activity): boolean => {
  const sa = startMs(a);
  const sb = startMs(b);
  return (
    a.sport === b.sport &&
    sa !== null &&
    sb !== null &&
    !Number.isNaN(sa) &&
    !Number.isNaN(sb) &&
    Math.abs(sa - sb) <= SAME_START_MS &&
    sameDistance(a.distanceMeters, b.distanceMeters)
  );
};

/** Laps and heart rate beat a bare summary; a recording beats a CSV row. */
const richness = (a: Activity): number =>
  (a.laps.length > 0 ? 4 : 0) +
  (a.avgHeartRate !== null || a.maxHeartRate !== null ? 2 : 0) +
  (a.format === 'strava-csv' ? 0 : 1);

/** Two starts within SAME_START_MS fall in the same or neighbouring windows of that length. */
const windowKey = (sport: string, window: number): string => `${sport}@${window}`;

/**
 * Keeps one of each set of duplicates — the richest, the first on a tie — in first-seen order.
 * Each activity is compared only with those kept that started in its minute or the two beside it
 * (same sport): the same first match as scanning every one kept, without the quadratic time on a
 * Strava CSV of thousands of rows.
 */
export const mergeDuplicates = (all: readonly Activity[]): { kept: Activity[]; merged: number } => {
  const kept: Activity[] = [];
  const near = new Map<string, number[]>();
  const windowOf = (a: Activity): number | null => {
    const ms = startMs(a);
    return ms === null || Number.isNaN(ms) ? null : Math.floor(ms / SAME_START_MS);
  };
  const index = (at: number, a: Activity, add: boolean): void => {
    const window = windowOf(a);
    if (window === null) return;
    const key = windowKey(a.sport, window);
    const list = near.get(key);
    if (!add)
      near.set(
        key,
        (list ?? []).filter((i) => i !== at),
      );
    else if (list === undefined) near.set(key, [at]);
    else list.push(at);
  };
  let merged = 0;
  for (const activity of all) {
    const window = windowOf(activity);
    let at = -1;
    if (window !== null) {
      for (const w of [window - 1, window, window + 1]) {
        for (const i of near.get(windowKey(activity.sport, w)) ?? []) {
          const candidate = kept[i];
          if ((at < 0 || i < at) && candidate !== undefined && isSameActivity(candidate, activity))
            at = i;
        }
      }
    }
    if (at < 0) {
      index(kept.length, activity, true);
      kept.push(activity);
      continue;
    }
    merged++;
    const existing = kept[at];
    if (existing !== undefined && richness(activity) > richness(existing)) {
      index(at, existing, false);
      kept[at] = activity;
      index(at, activity, true);
    }
  }
  return { kept, merged };
};
