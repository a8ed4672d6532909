import { addDays, type IsoDate, toDayNumber } from '../calendar/iso-date';
import { longDate } from '../present/format-date';
import { runningHistory, runsBetween } from './run-history';
import type { RunClassification, RunRecord } from './run-record';
import type { RaceRun } from './run-signal';

/** A race in the last three days still shows in the legs: its recovery window is ahead. */
export const RACE_LOOKBACK_DAYS = 3;

/** Every run classified as a race in the three days before today. */
export const detectRaces = (
  runs: readonly RunRecord[],
  classifications: readonly RunClassification[],
  today: IsoDate,
): RaceRun[] => {
  const byId = new Map(classifications.map((c) => [c.runId, c]));
  const end = toDayNumber(addDays(today, -1));
  return runsBetween(runningHistory(runs), end - RACE_LOOKBACK_DAYS + 1, end).flatMap((r) => {
    const classification = byId.get(r.run.id);
    if (!classification?.race) return [];
    return [
      {
        kind: 'race' as const,
        runId: r.run.id,
        date: r.date,
        evidence: `Race on ${longDate(r.date)}: ${classification.reasons.join(' ')}`,
      },
    ];
  });
};
