import { longDate, type PlanSession } from '@runstrong/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api/client';
import { LogQueueStatus } from '../offline/log-queue-status';
import { useLogQueue } from '../offline/use-log-queue';
import { localIsoDate } from './local-date';
import { NextMorningCard } from './next-morning-card';
import { Player } from './player/player';
import { initialPlayerState, type PlayerState } from './player/player-machine';
import { loadSavedPlayer } from './player/saved-player';
import { SessionCard } from './session-card';
import { type TodayDay, useNextSession, useToday, useUnits, useWorkoutsOn } from './use-today';

const RUN_WORDS: Record<string, string> = {
  rest: 'No run today',
  easy: 'Easy run day',
  quality: 'Quality run day',
  long: 'Long run day',
  race: 'Race day',
};

const PHASE_WORDS: Record<string, string> = {
  foundation: 'foundation',
  strength: 'max strength',
  power: 'power',
  taper: 'taper',
  deload: 'deload',
  maintenance: 'maintenance',
};

const Reasons = ({ day }: { day: TodayDay }) =>
  day.reasons.length > 0 ? (
    <ul className="list-disc space-y-1 pl-5 text-stone-700">
      {day.reasons.map((r) => (
        <li key={`${r.rule ?? ''}${r.message}`}>
          {r.message}
          {r.rule && <span className="text-stone-500"> ({r.rule})</span>}
        </li>
      ))}
    </ul>
  ) : null;

const NextSession = ({ date }: { date: string }) => {
  const next = useNextSession(date, true);
  if (!next.data) return null;
  const session = next.data.sessions.find((s) => !s.skipped);
  return (
    <p className="text-stone-800">
      Next: <strong>{longDate(next.data.date)}</strong>
      {session ? ` — ${session.title}` : ''}.{' '}
      <Link to="/plan" className="font-semibold text-brand underline underline-offset-2">
        See the plan
      </Link>
    </p>
  );
};

/**
 * Today: the day's strength sessions with their dose and load, B6's timing note, and Start for
 * each one not skipped; on a day without one, why (the plan's reasons) and when the next is.
 */
export const TodayPage = () => {
  const date = useMemo(() => localIsoDate(), []);
  const today = useToday(date);
  const units = useUnits();
  const workouts = useWorkoutsOn(date);
  const queryClient = useQueryClient();
  const [playing, setPlaying] = useState<{ session: PlanSession; state: PlayerState } | null>(null);
  const [saved, setSaved] = useState(() => loadSavedPlayer());
  const { snapshot } = useLogQueue();
  const waitingWorkouts = snapshot.pendingWorkoutKeys.size;
  const refetchWorkouts = workouts.refetch;
  useEffect(() => {
    // A summary that has just arrived at the server: read the day's workouts again.
    if (waitingWorkouts === 0) void refetchWorkouts();
  }, [waitingWorkouts, refetchWorkouts]);

  if (playing) {
    return (
      <Player
        session={playing.session}
        date={date}
        units={units.data ?? 'metric'}
        initial={playing.state}
        onExit={() => {
          setPlaying(null);
          setSaved(loadSavedPlayer());
          void workouts.refetch();
          // The coach re-prescribes what comes next from the log: read the plan and progress again.
          void queryClient.invalidateQueries({ queryKey: ['plan'] });
          void queryClient.invalidateQueries({ queryKey: ['progress'] });
        }}
      />
    );
  }

  const resumableFor = (session: PlanSession) =>
    saved &&
    saved.sessionId === session.id &&
    saved.date === date &&
    saved.phase.kind !== 'saved' &&
    saved.phase.kind !== 'overview' &&
    saved.exerciseIndex < session.exercises.length
      ? saved
      : null;

  /** A workout in progress resumes where it was; a new one opens on the intro. */
  const start = (session: PlanSession) => {
    setPlaying({
      session,
      state: resumableFor(session) ?? initialPlayerState(session.id, date),
    });
  };

  const heading = (
    <header className="flex flex-col gap-1 py-4">
      <h1 className="text-2xl font-bold">Today</h1>
      <p className="text-stone-700">
        {longDate(date)}
        {today.data?.day && (
          <>
            {' · '}
            Week {today.data.day.week}, {PHASE_WORDS[today.data.day.phase] ?? today.data.day.phase}{' '}
            phase
            {' · '}
            {RUN_WORDS[today.data.day.run] ?? today.data.day.run}
          </>
        )}
      </p>
    </header>
  );

  if (today.isPending) {
    return (
      <div>
        {heading}
        <p aria-busy="true">Loading today’s plan…</p>
      </div>
    );
  }

  if (today.isError) {
    const error = today.error;
    if (error instanceof ApiError && error.code === 'no-plan') {
      return (
        <div className="flex flex-col gap-3">
          {heading}
          <p>You have no plan yet.</p>
          <Link
            to="/onboarding"
            className="inline-flex min-h-11 items-center self-start rounded-lg bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong"
          >
            Make your plan
          </Link>
        </div>
      );
    }
    return (
      <div className="flex flex-col gap-3">
        {heading}
        <p role="alert" className="text-red-800">
          {error instanceof ApiError ? error.message : 'Today’s plan could not be loaded.'}
        </p>
        <button
          type="button"
          onClick={() => void today.refetch()}
          className="min-h-11 self-start rounded-lg border border-stone-400 bg-white px-4 font-semibold"
        >
          Try again
        </button>
      </div>
    );
  }

  const day = today.data.day;
  const sessions = day?.sessions ?? [];
  const loggedIds = new Set((workouts.data ?? []).map((w) => w.sessionId));
  for (const key of snapshot.pendingWorkoutKeys) {
    const [sessionId, performedOn] = key.split('@');
    if (sessionId && performedOn === date) loggedIds.add(sessionId);
  }
  const toDo = sessions.filter((s) => !s.skipped);

  return (
    <div className="flex flex-col gap-4 pb-4">
      {heading}
      <LogQueueStatus />
      <NextMorningCard date={date} />
      {!day && (
        <section className="flex flex-col gap-2">
          <p className="text-lg font-semibold">Today is outside your plan.</p>
          <NextSession date={date} />
        </section>
      )}
      {day && toDo.length === 0 && (
        <section aria-labelledby="no-session" className="flex flex-col gap-2">
          <h2 id="no-session" className="text-lg font-semibold">
            {sessions.length > 0 ? 'Today’s session is skipped' : 'No strength session today'}
          </h2>
          <Reasons day={day} />
          <NextSession date={date} />
        </section>
      )}
      {sessions.length > 0 && (
        <div className={`grid gap-4 ${sessions.length > 1 ? 'md:grid-cols-2' : 'max-w-2xl'}`}>
          {sessions.map((session) => (
            <SessionCard
              key={session.id}
              session={session}
              units={units.data ?? 'metric'}
              done={loggedIds.has(session.id)}
              resumable={resumableFor(session) !== null}
              onStart={() => start(session)}
            />
          ))}
        </div>
      )}
      {day && toDo.length > 0 && day.reasons.length > 0 && (
        <details className="text-sm text-stone-700">
          <summary className="min-h-11 cursor-pointer py-2 font-medium">
            Why this session today
          </summary>
          <Reasons day={day} />
        </details>
      )}
    </div>
  );
};
