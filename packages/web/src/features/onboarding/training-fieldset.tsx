import { Field } from '../../components/field';
import { ChoiceGroup } from './choice-group';
import type { FieldsetProps } from './fieldset-props';
import { FormSection } from './form-section';
import { EXPERIENCE_OPTIONS, SESSION_OPTIONS } from './onboarding-options';

/** Strength experience, and the time the runner has for it. */
export const TrainingFieldset = ({ draft, update, errors }: FieldsetProps) => (
  <FormSection title="You and your time">
    <ChoiceGroup
      legend="Strength training experience"
      name="experience"
      layout="stacked"
      options={EXPERIENCE_OPTIONS}
      value={draft.experience}
      onChange={(experience) => update((d) => ({ ...d, experience }))}
      error={errors.experience}
    />
    <ChoiceGroup
      legend="Strength sessions a week"
      name="sessionsPerWeek"
      options={SESSION_OPTIONS}
      value={String(draft.sessionsPerWeek) as '1' | '2' | '3'}
      onChange={(n) => update((d) => ({ ...d, sessionsPerWeek: Number(n) as 1 | 2 | 3 }))}
      hint={
        draft.sessionsPerWeek === 1
          ? 'One a week is maintenance only: it keeps the strength you have but builds little (B1).'
          : 'Two is the default; one a week is maintenance only (B1). Sessions never fall on consecutive days (A1).'
      }
      error={errors.sessionsPerWeek}
    />
    <Field
      label="Minutes a session"
      name="minutesPerSession"
      inputMode="numeric"
      autoComplete="off"
      required
      hint="20 to 120. A session is trimmed to fit, least important work first."
      value={draft.minutesPerSession}
      onChange={(event) => update((d) => ({ ...d, minutesPerSession: event.target.value }))}
      error={errors.minutesPerSession}
    />
  </FormSection>
);
