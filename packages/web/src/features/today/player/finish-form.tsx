import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../../components/button';
import { Field } from '../../../components/field';
import { SelectField } from '../../../components/select-field';
import type { WorkoutBody } from '../../offline/log-queue';
import { RPE_CHOICES } from './set-words';

interface Props {
  sessionId: string;
  date: string;
  /** Minutes from Start to now, as measured. */
  measuredMinutes: number;
  setsLogged: number;
  /** B26: the pain before the session, given on the intro; null when not given. */
  painBefore: number | null;
  onSave: (body: WorkoutBody) => void;
  onLeave: () => void;
}

const RPE_OPTIONS = [
  { value: '', label: 'Choose…' },
  ...RPE_CHOICES.map((rpe) => ({ value: String(rpe), label: String(rpe) })),
];

/**
 * The session's RPE and minutes (B33: session load = RPE × minutes) and the pain before it (B26)
 * → the workout log.
 */
export const FinishForm = ({
  sessionId,
  date,
  measuredMinutes,
  setsLogged,
  painBefore,
  onSave,
  onLeave,
}: Props) => {
  const headingId = useId();
  const [rpe, setRpe] = useState('');
  const [minutes, setMinutes] = useState(String(measuredMinutes));
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(minutes);
    if (!Number.isInteger(n) || n < 1 || n > 600) {
      setError('Enter the minutes as a whole number from 1 to 600.');
      return;
    }
    setBusy(true);
    onSave({
      sessionId,
      performedOn: date,
      rpe: rpe === '' ? null : Number(rpe),
      durationMinutes: n,
      painBefore,
      notes: notes.trim() === '' ? null : notes.trim(),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-xl font-semibold">
        Workout done
      </h2>
      <p className="text-stone-700">
        {setsLogged === 1 ? '1 set logged.' : `${setsLogged} sets logged.`} How hard was the whole
        session?
      </p>
      <SelectField
        label="Session effort (RPE 1–10)"
        options={RPE_OPTIONS}
        value={rpe}
        onChange={setRpe}
        hint="1 is very easy, 10 the hardest you could do. With the minutes it gives the session's load."
      />
      <Field
        label="Minutes"
        type="number"
        inputMode="numeric"
        min={1}
        max={600}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        hint="Measured from Start; change it if that is not right."
        error={error}
      />
      <Field
        label="Notes (optional)"
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        maxLength={1000}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" data-primary disabled={busy} className="min-h-14 text-lg">
          Save workout
        </Button>
        <Button variant="secondary" onClick={onLeave}>
          Leave without a summary
        </Button>
      </div>
    </form>
  );
};
