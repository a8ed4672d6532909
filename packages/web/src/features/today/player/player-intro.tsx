import { formatDose, formatLoad, type PlanSession } from '@runstrong/core';
import { useId, useState } from 'react';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/select-field';
import { AdaptationsNote } from '../../plan/adaptations-note';
import { PAIN_GATE_WORDS, painOptions, painSaysStop, painWords, type Units } from './set-words';

const PAIN_BEFORE_OPTIONS = painOptions('Skip: not recorded');

/** B26 before the first set: what a score means for today. */
const painBeforeHint = (pain: number | null): string =>
  pain === null
    ? `${PAIN_GATE_WORDS} Tomorrow morning you are asked again: if it hurts more then, the next session is made lighter (B26).`
    : painSaysStop(pain)
      ? `${painWords(pain)}: above 5/10 the pain gate says not to load it today. Rest, or do only what does not hurt.`
      : `${painWords(pain)}. Tomorrow morning you are asked again: if it hurts more then, the next session is made lighter (B26).`;

interface Props {
  session: PlanSession;
  units: Units;
  /** Starts the first set's get-ready, with the pain before it (null when skipped). */
  onBegin: (painBefore: number | null) => void;
  onClose: () => void;
}

/**
 * Before the first set: the session, what the coach changed in it and why, its exercises, and
 * B26's pain before starting (optional), once per workout.
 */
export const PlayerIntro = ({ session, units, onBegin, onClose }: Props) => {
  const headingId = useId();
  const [pain, setPain] = useState('');
  const painValue = pain === '' ? null : Number(pain);
  return (
    <section aria-labelledby={headingId} className="mx-auto flex max-w-2xl flex-col gap-4 py-4">
      <div>
        <p className="text-sm font-medium uppercase tracking-wide text-stone-600">Guided workout</p>
        <h1 id={headingId} className="text-2xl font-bold leading-tight">
          {session.title}
        </h1>
        <p className="text-stone-700">
          {session.exercises.length === 1 ? '1 exercise' : `${session.exercises.length} exercises`}{' '}
          · about {session.estimatedMinutes} min
        </p>
      </div>
      {session.timing && (
        <p className="rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-950">{session.timing}</p>
      )}
      <AdaptationsNote session={session} />
      <ol className="flex flex-col divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white px-3">
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
      <SelectField
        label="Pain before you start (0–10)"
        options={PAIN_BEFORE_OPTIONS}
        value={pain}
        onChange={setPain}
        hint={painBeforeHint(painValue)}
      />
      <div className="flex flex-wrap gap-2">
        <Button data-primary className="min-h-14 text-lg" onClick={() => onBegin(painValue)}>
          Start workout
        </Button>
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
      </div>
    </section>
  );
};
