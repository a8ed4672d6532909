import { ChoiceGroup } from './choice-group';
import type { FieldsetProps } from './fieldset-props';
import { FormSection } from './form-section';
import { INJURY_AREA_OPTIONS, INJURY_CHOICES } from './onboarding-options';

/** Runners' common overuse injuries: a history adds prevention work, a niggle its protocol (A7). */
export const InjuriesFieldset = ({ draft, update, errors }: FieldsetProps) => (
  <FormSection
    title="Injuries"
    intro="A past injury adds its prevention work; a current niggle adds its rehab protocol with a pain check (A7, B26). If pain is sharp or getting worse, see a physiotherapist first."
  >
    <div className="grid gap-4 sm:grid-cols-2">
      {INJURY_AREA_OPTIONS.map((area) => (
        <ChoiceGroup
          key={area.value}
          legend={area.label}
          name={`injuries.${area.value}`}
          options={INJURY_CHOICES}
          value={draft.injuries[area.value]}
          onChange={(status) =>
            update((d) => ({ ...d, injuries: { ...d.injuries, [area.value]: status } }))
          }
        />
      ))}
    </div>
    {errors.injuries && (
      <p role="alert" className="text-sm text-red-800">
        {errors.injuries}
      </p>
    )}
  </FormSection>
);
