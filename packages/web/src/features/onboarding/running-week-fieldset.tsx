import { Checkbox } from './checkbox';
import { ChoiceGroup } from './choice-group';
import type { FieldsetProps } from './fieldset-props';
import { FormSection } from './form-section';
import { DAYS, RUN_TYPES } from './onboarding-options';

/** Each weekday's usual run, and whether there is time for strength that day. */
export const RunningWeekFieldset = ({ draft, update, errors }: FieldsetProps) => (
  <FormSection
    title="Your running week"
    intro="What you usually run on each day. Strength goes after quality runs, never the day before the long run (A2, B5)."
  >
    <ul className="flex flex-col gap-4">
      {DAYS.map((day) => {
        const path = `runningWeek.${day.value}`;
        return (
          <li key={day.value}>
            <div className="flex items-center justify-between gap-2">
              {/* The group's own legend says "Monday run" to screen readers; this is what shows. */}
              <span aria-hidden="true" className="text-sm font-medium text-stone-800">
                {day.label}
              </span>
              <Checkbox
                compact
                name="unavailableDays"
                value={day.value}
                label={
                  <>
                    <span className="sr-only">{day.label}: </span>no time for strength
                  </>
                }
                checked={draft.unavailable[day.value]}
                onChange={(checked) =>
                  update((d) => ({ ...d, unavailable: { ...d.unavailable, [day.value]: checked } }))
                }
              />
            </div>
            <ChoiceGroup
              legend={<span className="sr-only">{day.label} run</span>}
              name={path}
              options={RUN_TYPES}
              value={draft.runningWeek[day.value]}
              onChange={(run) =>
                update((d) => ({ ...d, runningWeek: { ...d.runningWeek, [day.value]: run } }))
              }
              error={errors[path]}
            />
          </li>
        );
      })}
    </ul>
    {errors.unavailableDays && (
      <p role="alert" className="text-sm text-red-800">
        {errors.unavailableDays}
      </p>
    )}
  </FormSection>
);
