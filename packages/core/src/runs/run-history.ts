import { type IsoDate, mondayOf, toDayNumber } from '../calendar/iso-date';
import { isRunning, type RunRecord, runDate } from './run-record';

/** A run with its local date settled once: the day number makes windows plain arithmetic. */
export interface DatedRun {
  run: RunRecord;
  date: IsoDate;
  day: number;
  /** The Monday of its week. */
  week: IsoDate;
}

/**
 * "The runner's own history" is the 8 weeks before a run: long enough to hold a training block's
 * rhythm, short enough to follow a runner who is building or coming back.
 */
export const HISTORY_DAYS = 56;

/** The running runs with a readable date, in the order they were run. */
export const runningHistory = (runs: readonly RunRecord[]): DatedRun[] =>
  runs
    .filter(isRunning)
    .flatMap((run) => {
      const date = runDate(run);
      return date ? [{ run, date, day: toDayNumber(date), week: mondayOf(date) }] : [];
    })
    .sort(
      (a, b) =>
        a.day - b.day || (a.run.start < b.run.start ? -1 : a.run.start > b.run.start ? 1 : 0),
    );

/** Runs on the days [from, to], both included, as day numbers. */
export const runsBetween = (history: readonly DatedRun[], from: number, to: number): DatedRun[] =>
  history.filter((r) => r.day >= from && r.day <= to);

/** The runs of the `HISTORY_DAYS` before the run's day (runs earlier the same day not included). */
export const runsBefore = (history: readonly DatedRun[], run: DatedRun): DatedRun[] =>
  runsBetween(history, run.day - HISTORY_DAYS, run.day - 1);
