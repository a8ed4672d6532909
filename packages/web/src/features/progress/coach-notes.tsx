import { shortDate } from '@runstrong/core';
import { useId } from 'react';
import {
  type ChangeGroup,
  type DeloadWeek,
  type NextPrescription,
  nextPrescriptionWords,
  type OneRepMaxEstimate,
  oneRepMaxWords,
  ruleWords,
} from './coaching-data';
import type { Units } from './progress-data';

const laterWords = (dates: readonly string[]): string =>
  dates.length === 0
    ? ''
    : dates.length <= 3
      ? ` Also on ${dates.map(shortDate).join(', ')}.`
      : ` Also on ${dates.length} later sessions, to ${shortDate(dates.at(-1) ?? '')}.`;

const Changes = ({ groups }: { groups: readonly ChangeGroup[] }) => (
  <ol className="flex flex-col gap-2 text-sm">
    {groups.map((group) => (
      <li key={`${group.rule}-${group.what}-${group.why}`} className="text-stone-800">
        <span className="font-semibold text-stone-900">{shortDate(group.date)}</span> ·{' '}
        <span className="font-medium">{group.what}</span> — {group.why}{' '}
        <span className="whitespace-nowrap text-blue-900">(rule {ruleWords(group.rule)})</span>
        {laterWords(group.laterDates)}
      </li>
    ))}
  </ol>
);

/**
 * "What the coach changed" for one exercise: the text of the chart's marks — the next
 * prescription (the labelled point) and each change on its first date (the dashed lines), with
 * what, why and the rule.
 */
export const ExerciseChanges = ({
  exerciseName,
  groups,
  later,
  next,
  nextRules,
  units,
}: {
  exerciseName: string;
  /** The changes of the coming two weeks, marked on the charts. */
  groups: readonly ChangeGroup[];
  /** Changes to sessions after those, not marked. */
  later: readonly ChangeGroup[];
  next: NextPrescription | undefined;
  /** The rule ids of the changes on the next session ('' when it was not changed). */
  nextRules: string;
  units: Units;
}) => {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-2 rounded-lg border border-blue-800 bg-white p-3"
    >
      <h3 id={headingId} className="font-semibold text-stone-900">
        What the coach changed
      </h3>
      {groups.length === 0 && later.length === 0 ? (
        <p className="text-sm text-stone-800">
          Nothing yet for {exerciseName}: the coach changes the next prescription after each logged
          session when the log says so.
        </p>
      ) : (
        <>
          {next && nextRules && (
            <p className="text-sm text-stone-800">
              {nextPrescriptionWords(next, nextRules, units, shortDate)} On the charts: the ringed
              point and the dashed line.
            </p>
          )}
          <Changes groups={groups} />
          {later.length > 0 && (
            <details className="text-sm">
              <summary className="min-h-11 cursor-pointer py-2 font-medium text-stone-900">
                Later sessions:{' '}
                {later.length === 1 ? '1 more change' : `${later.length} more changes`} (not marked
                on the charts; the coach looks again after each session)
              </summary>
              <Changes groups={later} />
            </details>
          )}
        </>
      )}
    </section>
  );
};

/** B17/B18: the estimated 1RM the coach uses for a loaded lift, by both formulas, and its set. */
export const OneRepMaxNote = ({
  estimate,
  units,
}: {
  estimate: OneRepMaxEstimate;
  units: Units;
}) => (
  <p className="text-sm text-stone-800">
    <span className="font-semibold">The coach’s estimated 1RM:</span>{' '}
    {oneRepMaxWords(estimate, units, shortDate)}. Loads in the strength phase are a share of it
    (B17, B18).
  </p>
);

/** The text of the weekly charts' marks: each week the coach deloaded early (B19), and why. */
export const DeloadWeeks = ({ weeks }: { weeks: readonly DeloadWeek[] }) =>
  weeks.length === 0 ? null : (
    <div className="rounded-lg border border-blue-800 bg-white p-3 text-sm text-stone-800">
      <p className="font-semibold text-stone-900">Early deload from the coach (B19)</p>
      <ul className="mt-1 flex flex-col gap-1">
        {weeks.map((week) => (
          <li key={week.weekStart}>
            <span className="font-medium">Week of {shortDate(week.weekStart)}</span> (the dashed
            line): {week.why}
          </li>
        ))}
      </ul>
    </div>
  );
