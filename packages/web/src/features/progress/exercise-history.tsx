import { findExercise, shortDate } from '@runstrong/core';
import { Link } from '@tanstack/react-router';
import { useId, useMemo, useState } from 'react';
import { ChartFigure } from './chart';
import { CHART_COLORS, type ChartLine } from './chart-types';
import { ExerciseChanges, OneRepMaxNote } from './coach-notes';
import {
  type CoachingView,
  changeMarkers,
  changesForExercise,
  nextPrescription,
  oneRepMaxFor,
  type PlanDayLike,
  splitByHorizon,
  withNextPrescription,
} from './coaching-data';
import { DataTable } from './data-table';
import type { DateWindow } from './dates';
import { useCoaching, useExerciseHistory, useLoggedSets, useUpcomingDays } from './progress-api';
import {
  describeTrend,
  type ExerciseHistory,
  exerciseSeries,
  formatLoad,
  formatNumber,
  formatSet,
  formatVolume,
  loggedExercises,
  massUnit,
  mostRecentExercise,
  type Units,
} from './progress-data';
import { LoadError, Loading } from './query-state';

const nameOf = (id: string) => findExercise(id)?.name;

/**
 * One exercise's history over the last year: pick from the exercises the runner has logged, then
 * reps (or seconds) and load over time, the estimated 1RM where there is one, and the table; the
 * coach's changes to the exercise marked on the charts and listed under them.
 */
export const ExerciseHistorySection = ({ window, units }: { window: DateWindow; units: Units }) => {
  const headingId = useId();
  const selectId = useId();
  const sets = useLoggedSets(window);
  const exercises = useMemo(() => loggedExercises(sets.data ?? [], nameOf), [sets.data]);
  const [picked, setPicked] = useState<string | undefined>();
  const exerciseId =
    picked && exercises.some((e) => e.id === picked) ? picked : mostRecentExercise(exercises);
  const history = useExerciseHistory(exerciseId, window);
  const coaching = useCoaching();
  const upcoming = useUpcomingDays(coaching.data?.today);

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <div>
        <h2 id={headingId} className="text-xl font-bold">
          Exercise history
        </h2>
        <p className="text-sm text-stone-700">
          The last 12 months, {shortDate(window.from)} to {shortDate(window.to)}.
        </p>
      </div>
      {sets.isPending ? (
        <Loading what="your log" />
      ) : sets.isError ? (
        <LoadError error={sets.error} retry={() => void sets.refetch()} />
      ) : exercises.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-sm text-stone-800">
          Nothing logged in the last 12 months. The sets you log on{' '}
          <Link to="/today" className="font-semibold text-brand underline">
            Today
          </Link>{' '}
          appear here.
        </p>
      ) : (
        <>
          <div className="flex flex-col gap-1">
            <label htmlFor={selectId} className="text-sm font-medium text-stone-800">
              Exercise
            </label>
            <select
              id={selectId}
              value={exerciseId}
              onChange={(event) => setPicked(event.target.value)}
              className="min-h-11 max-w-md rounded-lg border border-stone-400 bg-white px-3 py-2 text-base"
            >
              {exercises.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name} ({e.sets} {e.sets === 1 ? 'set' : 'sets'})
                </option>
              ))}
            </select>
          </div>
          {history.isPending ? (
            <Loading what="this exercise" />
          ) : history.isError ? (
            <LoadError error={history.error} retry={() => void history.refetch()} />
          ) : (
            <ExerciseCharts
              history={history.data}
              units={units}
              coaching={coaching.data ?? null}
              upcoming={upcoming.data ?? []}
            />
          )}
        </>
      )}
    </section>
  );
};

const ExerciseCharts = ({
  history,
  units,
  coaching,
  upcoming,
}: {
  history: ExerciseHistory;
  units: Units;
  /** What the coach changed; null while unknown or without a plan. */
  coaching: CoachingView | null;
  upcoming: readonly PlanDayLike[];
}) => {
  const { exerciseId } = history;
  const groups = useMemo(
    () => changesForExercise(coaching?.changes ?? [], exerciseId),
    [coaching, exerciseId],
  );
  const { near, later } = useMemo(
    () => splitByHorizon(groups, coaching?.today ?? ''),
    [groups, coaching],
  );
  const next = useMemo(
    () => (coaching ? nextPrescription(upcoming, exerciseId, coaching.today) : undefined),
    [coaching, upcoming, exerciseId],
  );
  const series = useMemo(
    () => withNextPrescription(exerciseSeries(history, units), next, groups, units),
    [history, units, next, groups],
  );
  const nextRules = series.labels.find((label) => label !== null) ?? '';
  const markers = useMemo(
    () => changeMarkers(near, nextRules ? next?.date : undefined),
    [near, next, nextRules],
  );
  const estimate = oneRepMaxFor(coaching, exerciseId);
  const hasNextAmount = series.values.nextAmount?.some((v) => v !== null) ?? false;
  const hasNextLoad = series.values.nextLoad?.some((v) => v !== null) ?? false;
  const unit = massUnit(units);
  const amountWord = series.amount === 'reps' ? 'Reps' : 'Seconds';
  const amountLines = useMemo(
    (): ChartLine[] => [
      {
        key: 'amount',
        label: `Total ${amountWord.toLowerCase()}`,
        color: CHART_COLORS.brand,
        kind: 'line',
      },
      ...(hasNextAmount
        ? [
            {
              key: 'nextAmount',
              label: 'Next, as the coach prescribes',
              color: CHART_COLORS.coach,
              kind: 'points' as const,
              labels: series.labels,
            },
          ]
        : []),
    ],
    [amountWord, hasNextAmount, series.labels],
  );
  const loadLines = useMemo(
    (): ChartLine[] => [
      { key: 'load', label: `Best set (${unit})`, color: CHART_COLORS.brand, kind: 'line' },
      ...(series.hasOneRepMax
        ? [
            {
              key: 'oneRepMax',
              label: `Estimated 1RM (${unit})`,
              color: CHART_COLORS.amber,
              kind: 'line' as const,
              dash: [6, 4],
            },
          ]
        : []),
      ...(hasNextLoad
        ? [
            {
              key: 'nextLoad',
              label: `Next load (${unit}), as the coach prescribes`,
              color: CHART_COLORS.coach,
              kind: 'points' as const,
              labels: series.labels,
            },
          ]
        : []),
    ],
    [unit, series.hasOneRepMax, hasNextLoad, series.labels],
  );
  const amountText = (n: number) =>
    series.amount === 'reps' ? `${formatNumber(n)} reps` : `${formatNumber(n)} s`;
  const massText = (n: number) => `${formatNumber(n)} ${unit}`;
  /** The caption's words for the ringed point: the chart itself is hidden from screen readers. */
  const nextText = (key: 'nextAmount' | 'nextLoad', format: (n: number) => string) => {
    const value = series.values[key]?.find((v) => v !== null);
    return value == null || !next
      ? ''
      : ` Next, as the coach prescribes: ${format(value)} on ${shortDate(next.date)} (${nextRules}).`;
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-6 md:grid-cols-2">
        <ChartFigure
          title={`${amountWord} per day`}
          summary={`${describeTrend(series.dates, series.values.amount ?? [], amountText, shortDate)}${nextText('nextAmount', amountText)}`}
          series={series}
          lines={amountLines}
          yLabel={amountWord}
          markers={markers}
        />
        {series.hasLoad ? (
          <ChartFigure
            title={series.hasOneRepMax ? 'Load and estimated 1RM' : 'Load'}
            summary={`${describeTrend(series.dates, series.values.load ?? [], massText, shortDate)}${nextText('nextLoad', massText)}`}
            series={series}
            lines={loadLines}
            yLabel={`Load (${unit})`}
            markers={markers}
          />
        ) : (
          <p className="self-center rounded-lg bg-white p-4 text-sm text-stone-800">
            No load logged for {history.exerciseName}: bodyweight or band only, so there is no load
            or estimated 1RM to chart.
          </p>
        )}
      </div>
      {coaching && (
        <ExerciseChanges
          exerciseName={history.exerciseName}
          groups={near}
          later={later}
          next={next}
          nextRules={nextRules}
          units={units}
        />
      )}
      <DataTable
        caption={`${history.exerciseName}, day by day`}
        rows={history.days}
        rowKey={(day) => day.performedOn}
        columns={[
          { header: 'Date', cell: (day) => shortDate(day.performedOn) },
          { header: 'Sets', cell: (day) => day.sets.length, numeric: true },
          {
            header: amountWord,
            cell: (day) =>
              formatNumber(series.amount === 'reps' ? day.totalReps : day.totalSeconds),
            numeric: true,
          },
          { header: 'Best set', cell: (day) => formatSet(day.bestSet, units) },
          {
            header: 'Volume load',
            cell: (day) => (day.volumeLoadKg > 0 ? formatVolume(day.volumeLoadKg, units) : '—'),
            numeric: true,
          },
          {
            header: 'Estimated 1RM',
            cell: (day) =>
              day.estimatedOneRepMaxKg ? formatLoad(day.estimatedOneRepMaxKg.epley, units) : '—',
            numeric: true,
          },
        ]}
      />
      <p className="text-sm text-stone-700">
        Estimated 1RM is the Epley estimate from the day’s best loaded set of 1–12 reps: a guide to
        strength gained, not a weight to try.
      </p>
      {estimate && <OneRepMaxNote estimate={estimate} units={units} />}
    </div>
  );
};
