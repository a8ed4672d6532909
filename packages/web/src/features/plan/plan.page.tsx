import { dateRange, longDate } from '@runstrong/core';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { CalendarLink } from './calendar-link';
import { MonthView } from './month-view';
import { MovePicker } from './move-picker';
import { NoPlan } from './no-plan';
import { PlanActionsProvider } from './plan-actions';
import {
  addDays,
  addMonths,
  clampDate,
  localIsoDate,
  startOfMonth,
  startOfWeek,
} from './plan-dates';
import { PlanToolbar, type PlanViewMode } from './plan-toolbar';
import { SessionDialog } from './session-dialog';
import { usePlan, useUnits } from './use-plan';
import { WeekView } from './week-view';
import './plan-print.css';

/**
 * The plan: a week (the default) or a month of runs and strength sessions, each with the rule
 * that put it there; open a session for its exercises, drag it or use "Move…" to move it, skip
 * it, swap an exercise, print, or subscribe from a calendar app.
 */
export const PlanPage = () => {
  const plan = usePlan();
  const units = useUnits();
  const [view, setView] = useState<PlanViewMode>('week');
  const [anchor, setAnchor] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const today = localIsoDate(new Date());

  if (plan.isPending) {
    return (
      <p role="status" className="py-6 text-stone-800">
        Loading your plan…
      </p>
    );
  }
  if (plan.isError) {
    const code = plan.error instanceof ApiError ? plan.error.code : '';
    if (code === 'no-plan' || code === 'no-profile') {
      // The plan answers "no plan" either way; the profile says whether onboarding is needed.
      if (units.isPending) return null;
      const noProfile = units.error instanceof ApiError && units.error.code === 'no-profile';
      return <NoPlan reason={noProfile ? 'no-profile' : code} />;
    }
    return (
      <div className="flex flex-col items-start gap-3 py-6">
        <h1 className="text-2xl font-bold">Your plan</h1>
        <p role="alert" className="text-red-800">
          Could not load your plan: {plan.error.message}
        </p>
        <button
          type="button"
          className="min-h-11 rounded-lg border border-stone-400 bg-white px-4 font-semibold"
          onClick={() => void plan.refetch()}
        >
          Try again
        </button>
      </div>
    );
  }

  const { days, programme } = plan.data;
  const start = days[0]?.date;
  const end = days.at(-1)?.date;
  if (!start || !end) return <NoPlan reason="no-plan" />;

  const shown = anchor ?? clampDate(today, start, end);
  const todayInPlan = today >= start && today <= end;
  const step = (direction: 1 | -1) =>
    view === 'week' ? addDays(startOfWeek(shown), 7 * direction) : addMonths(shown, direction);
  const previous = step(-1);
  const next = step(1);
  // The previous week or month still has a plan day when its last day is on or after the start.
  const previousEnd = view === 'week' ? addDays(previous, 6) : addDays(addMonths(previous, 1), -1);
  const home = todayInPlan ? today : start;
  const homeShown =
    view === 'week'
      ? startOfWeek(home) === startOfWeek(shown)
      : startOfMonth(home) === startOfMonth(shown);

  return (
    <PlanActionsProvider
      plan={plan.data}
      units={units.data ?? 'metric'}
      today={today}
      announce={setStatus}
    >
      <div className="flex flex-col gap-4 py-4">
        <header className="flex flex-col gap-1">
          <h1 className="text-2xl font-bold">Your plan</h1>
          <p className="text-sm text-stone-700">
            {programme.name} · {dateRange(start, end)}
          </p>
          {today < start && (
            <p className="text-sm text-stone-800">Your plan starts on {longDate(start)}.</p>
          )}
          {today > end && (
            <p className="text-sm text-stone-800">
              Your plan finished on {longDate(end)}. Make a new one from your profile in onboarding.
            </p>
          )}
        </header>
        <PlanToolbar
          view={view}
          onView={setView}
          onPrevious={previousEnd >= start ? () => setAnchor(previous) : undefined}
          onNext={next <= end ? () => setAnchor(next) : undefined}
          homeLabel={todayInPlan ? (view === 'week' ? 'This week' : 'This month') : 'Plan start'}
          onHome={homeShown ? undefined : () => setAnchor(home)}
        />
        <p
          role="status"
          aria-live="polite"
          className={`no-print rounded-lg text-sm ${
            status ? 'border border-brand bg-teal-50 px-3 py-2 text-stone-900' : 'sr-only'
          }`}
        >
          {status}
        </p>
        {view === 'week' ? <WeekView anchor={shown} /> : <MonthView anchor={shown} />}
        <p className="no-print text-sm text-stone-700">
          To move a session, use “Move…” or, with a mouse, drag it onto another day. Moves are
          checked against the scheduling rules; you can overrule them, and the plan notes it.
        </p>
        <CalendarLink announce={setStatus} />
      </div>
      <SessionDialog />
      <MovePicker />
    </PlanActionsProvider>
  );
};
