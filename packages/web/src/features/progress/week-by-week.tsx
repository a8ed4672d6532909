import { dateRange, shortDate } from '@runstrong/core';
import { Link } from '@tanstack/react-router';
import { useId, useMemo } from 'react';
import { ChartFigure } from './chart';
import { CHART_COLORS, type ChartLine } from './chart-types';
import { DeloadWeeks } from './coach-notes';
import { type DeloadWeek, deloadMarkers, earlyDeloadWeeks } from './coaching-data';
import { DataTable } from './data-table';
import type { DateWindow } from './dates';
import { useAdherence, useCoaching, useWeeklyVolume } from './progress-api';
import {
  type AdherenceView,
  adherenceSeries,
  describeTrend,
  formatNumber,
  formatRate,
  formatVolume,
  hasData,
  massUnit,
  type Units,
  type WeeklyVolume,
  weeklySeries,
} from './progress-data';
import { LoadError, Loading } from './query-state';

export const WEEK_CHOICES = [12, 26, 52] as const;
export type WeekChoice = (typeof WEEK_CHOICES)[number];

const WEEK_WORDS: Record<WeekChoice, string> = {
  12: '12 weeks',
  26: '6 months',
  52: '1 year',
};

/** Weekly bars sit on their Monday; half a week of room either side keeps the end bars whole. */
const WEEK_PAD_DAYS = 4;

const weekText = (start: string) => `week of ${shortDate(start)}`;

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Strength volume and sessions done against planned, week by week; a week the coach deloaded
 * early (B19) is marked on the weekly charts and said under them.
 */
export const WeekByWeekSection = ({
  window,
  weeks,
  onWeeks,
  units,
}: {
  window: DateWindow;
  weeks: WeekChoice;
  onWeeks: (weeks: WeekChoice) => void;
  units: Units;
}) => {
  const headingId = useId();
  const volume = useWeeklyVolume(window);
  const adherence = useAdherence(window);
  const coaching = useCoaching();
  const deloads = useMemo(() => earlyDeloadWeeks(coaching.data?.changes ?? []), [coaching.data]);

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-6">
      <div className="flex flex-col gap-3 md:flex-row md:items-end md:justify-between">
        <div>
          <h2 id={headingId} className="text-xl font-bold">
            Week by week
          </h2>
          <p className="text-sm text-stone-700">
            Weeks run Monday to Sunday; this week so far is the last one.
          </p>
        </div>
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="mb-1 text-sm font-medium text-stone-800">Weeks shown</legend>
          {WEEK_CHOICES.map((choice) => (
            <label
              key={choice}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-stone-400 bg-white px-3 text-sm has-[:checked]:border-brand has-[:checked]:bg-teal-50 has-[:checked]:font-semibold"
            >
              <input
                type="radio"
                name="weeks-shown"
                value={choice}
                checked={weeks === choice}
                onChange={() => onWeeks(choice)}
                className="accent-brand"
              />
              {WEEK_WORDS[choice]}
            </label>
          ))}
        </fieldset>
      </div>

      {volume.isPending ? (
        <Loading what="weekly volume" />
      ) : volume.isError ? (
        <LoadError error={volume.error} retry={() => void volume.refetch()} />
      ) : (
        <VolumeCharts volume={volume.data} units={units} deloads={deloads} />
      )}

      {adherence.isPending ? (
        <Loading what="adherence" />
      ) : adherence.isError ? (
        <LoadError error={adherence.error} retry={() => void adherence.refetch()} />
      ) : (
        <Adherence adherence={adherence.data} />
      )}
    </section>
  );
};

const Subheading = ({ id, children }: { id: string; children: string }) => (
  <h3 id={id} className="text-lg font-semibold">
    {children}
  </h3>
);

const VolumeCharts = ({
  volume,
  units,
  deloads,
}: {
  volume: WeeklyVolume;
  units: Units;
  deloads: readonly DeloadWeek[];
}) => {
  const headingId = useId();
  const markers = useMemo(() => deloadMarkers(deloads), [deloads]);
  const deloadText =
    deloads.length === 0
      ? ''
      : ` The coach deloads early in the ${deloads.map((w) => weekText(w.weekStart)).join(' and the ')} (B19).`;
  const series = useMemo(() => weeklySeries(volume, units), [volume, units]);
  const unit = massUnit(units);
  const setLines = useMemo(
    (): ChartLine[] => [
      { key: 'sets', label: 'Sets', color: CHART_COLORS.brand, kind: 'bars', barWidth: 0.6 },
    ],
    [],
  );
  const volumeLines = useMemo(
    (): ChartLine[] => [
      {
        key: 'volume',
        label: `Volume load (${unit})`,
        color: CHART_COLORS.amber,
        kind: 'bars',
        barWidth: 0.6,
      },
    ],
    [unit],
  );
  const anything = hasData(series.values.sets);

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <Subheading id={headingId}>Strength volume</Subheading>
      {anything ? (
        <div className="grid gap-6 md:grid-cols-2">
          <ChartFigure
            title="Sets per week"
            summary={`${describeTrend(
              series.dates,
              series.values.sets ?? [],
              (n) => `${formatNumber(n)} sets`,
              weekText,
            )}${deloadText}`}
            series={series}
            lines={setLines}
            yLabel="Sets"
            padDays={WEEK_PAD_DAYS}
            markers={markers}
          />
          <ChartFigure
            title="Volume load per week"
            summary={`${describeTrend(
              series.dates,
              series.values.volume ?? [],
              (n) => `${formatNumber(n)} ${unit}`,
              weekText,
            )}${deloadText}`}
            series={series}
            lines={volumeLines}
            yLabel={`Volume load (${unit})`}
            padDays={WEEK_PAD_DAYS}
            markers={markers}
          />
        </div>
      ) : (
        <p className="rounded-lg bg-white p-4 text-sm text-stone-800">
          No sets logged in these weeks.
        </p>
      )}
      <DeloadWeeks weeks={deloads} />
      <DataTable
        caption="Strength volume by week"
        rows={volume.weeks}
        rowKey={(week) => week.week}
        columns={[
          { header: 'Week', cell: (week) => dateRange(week.weekStart, week.weekEnd) },
          { header: 'Sets', cell: (week) => week.sets, numeric: true },
          { header: 'Reps', cell: (week) => formatNumber(week.totalReps), numeric: true },
          { header: 'Seconds', cell: (week) => formatNumber(week.totalSeconds), numeric: true },
          {
            header: 'Volume load',
            cell: (week) => formatVolume(week.volumeLoadKg, units),
            numeric: true,
          },
          { header: 'Sessions', cell: (week) => week.sessionsLogged, numeric: true },
        ]}
      />
      <p className="text-sm text-stone-700">
        Volume load is reps × load over the sets logged with a load; bodyweight and band sets count
        in sets and reps only.
      </p>
    </section>
  );
};

const Adherence = ({ adherence }: { adherence: AdherenceView | null }) => {
  const headingId = useId();
  const series = useMemo(() => (adherence ? adherenceSeries(adherence) : null), [adherence]);
  const lines = useMemo(
    (): ChartLine[] => [
      {
        key: 'planned',
        label: 'Planned',
        color: CHART_COLORS.planned,
        kind: 'bars',
        barWidth: 0.7,
      },
      { key: 'done', label: 'Done', color: CHART_COLORS.brand, kind: 'bars', barWidth: 0.4 },
    ],
    [],
  );

  if (!adherence || !series) {
    return (
      <section aria-labelledby={headingId} className="flex flex-col gap-2">
        <Subheading id={headingId}>Sessions done</Subheading>
        <p className="rounded-lg bg-white p-4 text-sm text-stone-800">
          No plan yet, so nothing to compare against.{' '}
          <Link to="/onboarding" className="font-semibold text-brand underline">
            Make your plan
          </Link>
          .
        </p>
      </section>
    );
  }
  const { totals } = adherence;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <Subheading id={headingId}>Sessions done</Subheading>
      {adherence.weeks.length === 0 || totals.planned === 0 ? (
        <p className="rounded-lg bg-white p-4 text-sm text-stone-800">
          No sessions were planned in these weeks.
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-800">
            {totals.done} of {totals.planned} planned sessions done ({formatRate(totals.rate)})
            {totals.skipped > 0 ? `; ${totals.skipped} skipped` : ''}.
          </p>
          <ChartFigure
            title="Done and planned per plan week"
            summary={describeTrend(
              series.dates,
              series.values.done ?? [],
              (n) => `${formatNumber(n)} done`,
              weekText,
            )}
            series={series}
            lines={lines}
            yLabel="Sessions"
            padDays={WEEK_PAD_DAYS}
          />
        </>
      )}
      {adherence.weeks.length > 0 && (
        <DataTable
          caption="Sessions done by plan week"
          rows={adherence.weeks}
          rowKey={(week) => String(week.index)}
          columns={[
            {
              header: 'Plan week',
              cell: (week) => `${week.index} (${dateRange(week.startDate, week.endDate)})`,
            },
            { header: 'Phase', cell: (week) => capitalise(week.phase) },
            { header: 'Planned', cell: (week) => week.planned, numeric: true },
            { header: 'Done', cell: (week) => week.done, numeric: true },
            { header: 'Skipped', cell: (week) => week.skipped, numeric: true },
            { header: 'Done share', cell: (week) => formatRate(week.rate), numeric: true },
          ]}
        />
      )}
      <p className="text-sm text-stone-700">
        Planned counts strength and activation sessions up to today, skipped ones included; rehab
        top-ups are not counted. A session is done when anything was logged for it.
      </p>
    </section>
  );
};
