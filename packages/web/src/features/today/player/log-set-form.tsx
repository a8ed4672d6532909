import type { PlanExercise } from '@runstrong/core';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../../components/button';
import { Field } from '../../../components/field';
import { SelectField } from '../../../components/select-field';
import type { Band, SetBody } from '../../offline/log-queue';
import {
  amountWords,
  asPrescribedBody,
  kgFromInput,
  PAIN_GATE_WORDS,
  painOptions,
  painSaysStop,
  painWords,
  RPE_CHOICES,
  takesWeight,
  type Units,
  unitLabel,
  weightInUnits,
} from './set-words';

interface Props {
  exercise: PlanExercise;
  sessionId: string;
  date: string;
  setNumber: number;
  units: Units;
  /** The weight used last time, for a load chosen by feel. */
  lastKg: number | null;
  /** Seconds a hold really lasted when the runner stopped it early. */
  workedSeconds?: number | undefined;
  /** A set already logged: the form opens with its values, to correct them. */
  editing?: SetBody | undefined;
  onLog: (body: SetBody) => void;
  onCancel?: () => void;
}

const PAIN_OPTIONS = painOptions('Not recorded');
const RPE_OPTIONS = [
  { value: '', label: 'Not recorded' },
  ...RPE_CHOICES.map((rpe) => ({ value: String(rpe), label: String(rpe) })),
];
const BAND_OPTIONS = [
  { value: '', label: 'No band' },
  { value: 'light', label: 'Light' },
  { value: 'medium', label: 'Medium' },
  { value: 'heavy', label: 'Heavy' },
];

const text = (n: number | null | undefined) => (n == null ? '' : String(n));

/** A whole number in a range, or the words for what is wrong. */
const whole = (value: string, max: number, what: string): number | string => {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > max) {
    return `Enter ${what} as a whole number from 0 to ${max}.`;
  }
  return n;
};

/**
 * Logging one set: a single tap on "As prescribed" logs the prescription as done; "Enter what I
 * did" opens the reps or seconds, the weight in the runner's units, RPE in half points and pain
 * with B26's words (above 5 means stop).
 */
export const LogSetForm = ({
  exercise,
  sessionId,
  date,
  setNumber,
  units,
  lastKg,
  workedSeconds,
  editing,
  onLog,
  onCancel,
}: Props) => {
  const headingId = useId();
  const prescribed = asPrescribedBody(exercise, { sessionId, date, setNumber, lastKg });
  const start = editing ?? {
    ...prescribed,
    ...(workedSeconds !== undefined ? { seconds: workedSeconds } : {}),
  };
  const timed = exercise.seconds !== undefined;
  const [open, setOpen] = useState(editing !== undefined || workedSeconds !== undefined);
  const [values, setValues] = useState({
    amount: text(timed ? start.seconds : start.reps),
    weight: start.loadKg == null ? '' : String(weightInUnits(start.loadKg, units)),
    band: start.band ?? '',
    rpe: text(start.rpe),
    pain: text(start.pain),
    notes: start.notes ?? '',
  });
  const [errors, setErrors] = useState<{ amount?: string; weight?: string }>({});
  const pick = (key: keyof typeof values) => (value: string) =>
    setValues((v) => ({ ...v, [key]: value }));
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) =>
    pick(key)(event.target.value);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const amount = whole(values.amount, timed ? 3600 : 500, timed ? 'the seconds' : 'the reps');
    const weightValue = Number(values.weight);
    const weightError =
      values.weight.trim() !== '' &&
      (!Number.isFinite(weightValue) || weightValue < 0 || kgFromInput(weightValue, units) > 500)
        ? `Enter the weight in ${unitLabel(units)}, or leave it empty.`
        : undefined;
    if (typeof amount === 'string' || weightError) {
      setErrors({
        ...(typeof amount === 'string' ? { amount } : {}),
        ...(weightError ? { weight: weightError } : {}),
      });
      return;
    }
    onLog({
      ...prescribed,
      reps: timed ? null : amount,
      seconds: timed ? amount : null,
      loadKg: values.weight.trim() === '' ? null : kgFromInput(weightValue, units),
      band: values.band === '' ? null : (values.band as Band),
      rpe: values.rpe === '' ? null : Number(values.rpe),
      pain: values.pain === '' ? null : Number(values.pain),
      notes: values.notes.trim() === '' ? null : values.notes.trim(),
    });
  };

  const pain = values.pain === '' ? null : Number(values.pain);
  const summary = [
    amountWords(exercise, setNumber),
    prescribed.loadKg != null
      ? `${weightInUnits(prescribed.loadKg, units)} ${unitLabel(units)}`
      : '',
    prescribed.band ? `${prescribed.band} band` : '',
    prescribed.rpe != null ? `RPE ${prescribed.rpe}` : '',
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-lg font-semibold">
        {editing ? `Correct set ${setNumber}` : `Log set ${setNumber} of ${exercise.sets}`}
      </h2>
      {!editing && (
        <Button
          data-primary
          className="min-h-14 text-lg"
          onClick={() => onLog(prescribed)}
          aria-describedby={`${headingId}-what`}
        >
          As prescribed
        </Button>
      )}
      {!editing && (
        <p id={`${headingId}-what`} className="-mt-1 text-sm text-stone-600">
          Logs {summary}.
        </p>
      )}
      {!open ? (
        <Button variant="secondary" onClick={() => setOpen(true)} aria-expanded={false}>
          Enter what I did
        </Button>
      ) : (
        <form
          onSubmit={submit}
          noValidate
          className="flex flex-col gap-3 rounded-xl bg-stone-100 p-3"
        >
          <div className="grid grid-cols-2 gap-3">
            <Field
              label={timed ? 'Seconds' : exercise.perSide ? 'Reps (each side)' : 'Reps'}
              type="number"
              inputMode="numeric"
              min={0}
              value={values.amount}
              onChange={set('amount')}
              error={errors.amount}
            />
            {takesWeight(exercise) && (
              <Field
                label={`Weight (${unitLabel(units)})`}
                type="number"
                inputMode="decimal"
                min={0}
                step="any"
                value={values.weight}
                onChange={set('weight')}
                error={errors.weight}
              />
            )}
            {exercise.load.kind === 'band' && (
              <SelectField
                label="Band"
                options={BAND_OPTIONS}
                value={values.band}
                onChange={pick('band')}
              />
            )}
            <SelectField
              label="Effort (RPE 1–10)"
              options={RPE_OPTIONS}
              value={values.rpe}
              onChange={pick('rpe')}
            />
          </div>
          <SelectField
            label="Pain (0–10)"
            options={PAIN_OPTIONS}
            value={values.pain}
            onChange={pick('pain')}
            hint={
              pain === null
                ? PAIN_GATE_WORDS
                : painSaysStop(pain)
                  ? `${painWords(pain)}: above 5/10 the pain gate says stop this exercise.`
                  : painWords(pain)
            }
          />
          <Field
            label="Notes (optional)"
            value={values.notes}
            onChange={set('notes')}
            maxLength={1000}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" data-primary={editing ? true : undefined}>
              {editing ? 'Save changes' : 'Log set'}
            </Button>
            {onCancel && (
              <Button variant="secondary" onClick={onCancel}>
                Cancel
              </Button>
            )}
          </div>
        </form>
      )}
    </section>
  );
};
