import { longDate } from '@runstrong/core';
import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../../api/client';
import { Button } from '../../components/button';
import { SelectField } from '../../components/select-field';
import { type MorningAsk, nextMorningAsk, worseThanBefore } from './next-morning';
import { painOptions, painWords } from './player/set-words';
import { useRecentWorkouts, useSaveMorningPain } from './use-today';

const MORNING_OPTIONS = painOptions('Choose…');

/**
 * B26, the morning after a session: how it feels now, 0–10, saved on the session's workout. The
 * coach compares it with the pain before the session and lightens the next one when it is worse.
 * Nothing when there is no session to ask about.
 */
export const NextMorningCard = ({ date }: { date: string }) => {
  const headingId = useId();
  const recent = useRecentWorkouts(date);
  const save = useSaveMorningPain();
  const [pain, setPain] = useState('');
  const [error, setError] = useState<string>();
  // The answer, with the session it was about: the card stays to say so once the workouts,
  // read again, ask nothing more.
  const [saved, setSaved] = useState<{ pain: number; ask: MorningAsk } | null>(null);
  const shown = saved?.ask ?? (recent.data ? nextMorningAsk(recent.data, date) : null);
  if (!shown) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pain === '') {
      setError('Choose a score from 0 to 10.');
      return;
    }
    const score = Number(pain);
    setError(undefined);
    save.mutate(
      { ids: shown.workouts.map((w) => w.id), pain: score },
      {
        onSuccess: () => setSaved({ pain: score, ask: shown }),
        onError: (e) =>
          setError(e instanceof ApiError ? e.message : 'It could not be saved; try again.'),
      },
    );
  };

  return (
    <section
      aria-labelledby={headingId}
      className="flex max-w-2xl flex-col gap-3 rounded-xl border border-amber-300 bg-amber-50 p-4"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        How does it feel this morning?
      </h2>
      <p className="text-sm text-stone-800">
        After your session on {longDate(shown.performedOn)}
        {shown.painBefore === null ? '.' : `: before it you said ${painWords(shown.painBefore)}.`}{' '}
        If it hurts more than before the session, the next one is made lighter (B26).
      </p>
      {saved ? (
        <p role="status" className="font-medium text-stone-900">
          Saved: {saved.pain}/10 this morning.{' '}
          {worseThanBefore(saved.pain, shown.painBefore)
            ? 'More than before the session: the coach makes the next one lighter (B26).'
            : 'No more than before the session: the plan carries on.'}
        </p>
      ) : (
        <form onSubmit={submit} noValidate className="flex flex-col gap-3">
          <SelectField
            label="Pain this morning (0–10)"
            options={MORNING_OPTIONS}
            value={pain}
            onChange={setPain}
            error={error}
          />
          <Button type="submit" disabled={save.isPending} className="self-start">
            Save
          </Button>
        </form>
      )}
    </section>
  );
};
