import { dateRange, shortDate } from '@runstrong/core';
import { Link } from '@tanstack/react-router';
import { useId, useMemo } from 'react';
import { ChartFigure } from './chart';
import { CHART_COLORS, type ChartLine } from './chart-types';
import { DataTable } from './data-table';
import { addDays } from './dates';
import { useTrainingLoad } from './progress-api';
import { formatNumber } from './progress-data';
import { LoadError, Loading } from './query-state';
import {
  dailyLoadSeries,
  describeDailyLoad,
  describeFitness,
  fitnessSeries,
  formatMonotony,
  formatStrain,
  hasLoad,
  type LoadView,
  loadMethodLabel,
  ratioSentence,
  TRAINING_LOAD_DAYS,
} from './training-load-data';

const Subheading = ({ id, children }: { id: string; children: string }) => (
  <h3 id={id} className="text-lg font-semibold">
    {children}
  </h3>
);

/**
 * Running and strength load together over the last twelve weeks: the daily load stacked, fitness
 * and fatigue, the weeks in a table with monotony and strain, the acute:chronic ratio described,
 * and how each run's load was counted. Descriptions only: nothing here changes the plan (B35).
 */
export const TrainingLoadSection = () => {
  const headingId = useId();
  const load = useTrainingLoad(TRAINING_LOAD_DAYS);

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-6">
      <div>
        <h2 id={headingId} className="text-xl font-bold">
          Training load
        </h2>
        <p className="text-sm text-stone-700">
          Running and strength in one currency, session effort × minutes (B33), over the last 12
          weeks.
        </p>
      </div>
      {load.isPending ? (
        <Loading what="training load" />
      ) : load.isError ? (
        <LoadError error={load.error} retry={() => void load.refetch()} />
      ) : (
        <TrainingLoadView view={load.data} />
      )}
    </section>
  );
};

const TrainingLoadView = ({ view }: { view: LoadView }) => {
  const runsId = useId();
  const daily = useMemo(() => dailyLoadSeries(view), [view]);
  const fitness = useMemo(() => fitnessSeries(view), [view]);
  const dailyLines = useMemo(
    (): ChartLine[] => [
      {
        key: 'stack',
        label: 'Running (solid, upper part of each bar)',
        color: CHART_COLORS.brand,
        kind: 'bars',
        barWidth: 0.8,
      },
      {
        key: 'strength',
        label: 'Strength (striped, lower part)',
        color: CHART_COLORS.violet,
        kind: 'bars',
        barWidth: 0.8,
        hatch: true,
      },
    ],
    [],
  );
  const fitnessLines = useMemo(
    (): ChartLine[] => [
      {
        key: 'fitness',
        label: 'Fitness (solid)',
        color: CHART_COLORS.brand,
        kind: 'line',
        points: false,
      },
      {
        key: 'fatigue',
        label: 'Fatigue (dashed)',
        color: CHART_COLORS.amber,
        kind: 'line',
        dash: [8, 4],
        points: false,
      },
      {
        key: 'form',
        label: 'Form (dotted)',
        color: CHART_COLORS.violet,
        kind: 'line',
        dash: [2, 4],
        points: false,
      },
    ],
    [],
  );
  const anything = hasLoad(view);

  return (
    <>
      <p className="text-base text-stone-900">{ratioSentence(view.acuteChronic)}</p>
      {anything ? (
        <div className="grid gap-6 md:grid-cols-2">
          <ChartFigure
            title="Daily load, running and strength"
            summary={describeDailyLoad(view, shortDate)}
            series={daily}
            lines={dailyLines}
            yLabel="Load (RPE × min)"
          />
          <ChartFigure
            title="Fitness, fatigue and form"
            summary={describeFitness(view, shortDate)}
            series={fitness}
            lines={fitnessLines}
            yLabel="Load units"
          />
        </div>
      ) : (
        <p className="rounded-lg bg-white p-4 text-sm text-stone-800">
          No load in these weeks yet. It comes from the strength sessions you finish with an effort
          rating and the runs you{' '}
          <Link to="/runs" className="font-semibold text-brand underline">
            upload
          </Link>
          .
        </p>
      )}
      <DataTable
        caption="Training load by week"
        rows={view.weeks}
        rowKey={(week) => week.start}
        columns={[
          { header: 'Week', cell: (week) => dateRange(week.start, addDays(week.start, 6)) },
          { header: 'Running', cell: (week) => formatNumber(week.running), numeric: true },
          { header: 'Strength', cell: (week) => formatNumber(week.strength), numeric: true },
          { header: 'Total load', cell: (week) => formatNumber(week.load), numeric: true },
          { header: 'Monotony', cell: (week) => formatMonotony(week.monotony), numeric: true },
          { header: 'Strain', cell: (week) => formatStrain(week.strain), numeric: true },
        ]}
      />
      <p className="text-sm text-stone-700">
        Monotony is the week’s mean daily load over its spread (rest days count as zero); strain is
        the week’s load × monotony (B34). Fitness and fatigue fade over 42 and 7 days; form weighs
        fatigue more than fitness (B36).
      </p>
      <section aria-labelledby={runsId} className="flex flex-col gap-3">
        <Subheading id={runsId}>How each run’s load was counted</Subheading>
        {view.runLoads.length === 0 ? (
          <p className="text-sm text-stone-800">
            No runs in these weeks.{' '}
            <Link to="/runs" className="font-semibold text-brand underline">
              Upload your runs
            </Link>{' '}
            to see them beside your strength sessions.
          </p>
        ) : (
          <DataTable
            caption="Run load by method"
            rows={view.runLoads}
            rowKey={(run) => run.runId}
            columns={[
              { header: 'Date', cell: (run) => shortDate(run.date.slice(0, 10)) },
              { header: 'Load', cell: (run) => formatNumber(run.load), numeric: true },
              { header: 'Method', cell: (run) => loadMethodLabel(run.method) },
              {
                header: 'How',
                cell: (run) => (
                  <span className="inline-block min-w-64 whitespace-normal">{run.explanation}</span>
                ),
              },
            ]}
          />
        )}
      </section>
    </>
  );
};
