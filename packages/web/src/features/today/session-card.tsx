import { formatDose, formatLoad, type PlanSession } from '@runstrong/core';
import { useId } from 'react';
import { Button } from '../../components/button';
import { notesBesideAdaptations } from '../plan/adaptations';
import { AdaptationsNote } from '../plan/adaptations-note';
import type { Units } from './player/set-words';

const KIND_WORDS: Record<PlanSession['kind'], string> = {
  strength: 'Strength',
  activation: 'Activation',
  rehab: 'Rehab',
};

interface Props {
  session: PlanSession;
  units: Units;
  /** A workout summary is logged for it today. */
  done: boolean;
  /** A workout was started and not finished: Start resumes it. */
  resumable: boolean;
  onStart: () => void;
}

/** One of today's sessions: what it is, when to do it (B6), each exercise's dose and load. */
export const SessionCard = ({ session, units, done, resumable, onStart }: Props) => {
  const headingId = useId();
  return (
    <article
      aria-labelledby={headingId}
      className={`flex flex-col gap-3 rounded-xl border bg-white p-4 ${session.skipped ? 'border-stone-200 opacity-75' : 'border-stone-300'}`}
    >
      <div>
        <h2 id={headingId} className="text-lg font-semibold leading-snug">
          {session.title}
        </h2>
        <p className="text-sm text-stone-700">
          {KIND_WORDS[session.kind]} · about {session.estimatedMinutes} min
          {session.heavy ? ' · heavy legs' : ''}
          {session.movedFrom ? ' · moved here' : ''}
        </p>
      </div>
      {session.timing && (
        <p className="rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-950">{session.timing}</p>
      )}
      <AdaptationsNote session={session} />
      {notesBesideAdaptations(session).map((note) => (
        <p key={note} className="text-sm text-stone-700">
          {note}
        </p>
      ))}
      <ol className="flex flex-col divide-y divide-stone-100">
        {session.exercises.map((e) => (
          <li
            key={e.exerciseId}
            className="flex flex-wrap items-baseline justify-between gap-x-3 py-1.5"
          >
            <span className="font-medium">{e.name}</span>
            <span className="text-sm text-stone-700">
              {formatDose(e)} · {formatLoad(e.load, units)}
            </span>
          </li>
        ))}
      </ol>
      {session.skipped ? (
        <p className="font-medium text-stone-600">Skipped</p>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <Button className="min-h-12 px-6 text-lg" onClick={onStart} aria-describedby={headingId}>
            {resumable ? 'Resume' : done ? 'Start again' : 'Start'}
          </Button>
          {done && <span className="font-medium text-brand">Done today ✓</span>}
        </div>
      )}
    </article>
  );
};
