import { Field } from '../../components/field';
import { SelectField } from '../../components/select-field';
import { ChoiceGroup } from './choice-group';
import { addDaysIso } from './dates';
import type { FieldsetProps } from './fieldset-props';
import { FormSection } from './form-section';
import { RACE_DISTANCE_OPTIONS } from './onboarding-options';

const GOALS = [
  { value: 'race', label: 'To a race' },
  { value: 'weeks', label: 'For some weeks' },
] as const;

/** When the plan starts, and whether it builds to a race day or runs for a number of weeks. */
export const PlanLengthFieldset = ({ draft, update, errors }: FieldsetProps) => (
  <FormSection
    title="Your goal"
    intro="A race gives the plan its shape: phases build towards it and the last week is a taper (B10, B12)."
  >
    <Field
      label="Start date"
      type="date"
      name="startDate"
      required
      hint="Week 1 starts on this day."
      value={draft.startDate}
      onChange={(event) => update((d) => ({ ...d, startDate: event.target.value }))}
      error={errors.startDate}
    />
    <ChoiceGroup
      legend="Plan length"
      name="goal"
      options={GOALS}
      value={draft.goal}
      onChange={(goal) => update((d) => ({ ...d, goal }))}
    />
    {draft.goal === 'race' ? (
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Race date"
          type="date"
          name="race.date"
          required
          min={draft.startDate ? addDaysIso(draft.startDate, 1) : undefined}
          value={draft.race.date}
          onChange={(event) =>
            update((d) => ({ ...d, race: { ...d.race, date: event.target.value } }))
          }
          error={errors['race.date']}
        />
        <SelectField
          label="Distance"
          name="race.distance"
          options={RACE_DISTANCE_OPTIONS}
          value={draft.race.distance}
          onChange={(distance) => update((d) => ({ ...d, race: { ...d.race, distance } }))}
          error={errors['race.distance']}
        />
        <div className="sm:col-span-2">
          <Field
            label="Race name (optional)"
            name="race.name"
            maxLength={100}
            autoComplete="off"
            value={draft.race.name}
            onChange={(event) =>
              update((d) => ({ ...d, race: { ...d.race, name: event.target.value } }))
            }
            error={errors['race.name']}
          />
        </div>
      </div>
    ) : (
      <Field
        label="Number of weeks"
        name="weeks"
        inputMode="numeric"
        autoComplete="off"
        required
        hint="1 to 52. Eight to twelve weeks is the useful range; under six has little effect (B2)."
        value={draft.weeks}
        onChange={(event) => update((d) => ({ ...d, weeks: event.target.value }))}
        error={errors.weeks}
      />
    )}
  </FormSection>
);
