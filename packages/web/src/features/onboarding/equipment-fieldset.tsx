import { Field } from '../../components/field';
import { Checkbox } from './checkbox';
import { ChoiceGroup } from './choice-group';
import { heightUnit, massUnit } from './draft-units';
import type { FieldsetProps } from './fieldset-props';
import { FormSection } from './form-section';
import { NumberListField } from './number-list-field';
import { BAND_OPTIONS, UNIT_OPTIONS } from './onboarding-options';
import { type EquipmentDraft, withUnits } from './profile-draft';

const OTHER = [
  { key: 'pullUpBar', label: 'Pull-up bar' },
  { key: 'bench', label: 'Bench' },
  { key: 'barbell', label: 'Barbell and plates' },
] as const;

/** Units first, since they change how every weight and height below is typed. */
export const EquipmentFieldset = ({ draft, update, errors }: FieldsetProps) => {
  const kg = massUnit(draft.units);
  const cm = heightUnit(draft.units);
  const e = draft.equipment;
  const setEquipment = (change: Partial<EquipmentDraft>) =>
    update((d) => ({ ...d, equipment: { ...d.equipment, ...change } }));

  return (
    <FormSection
      title="Your equipment"
      intro="None is needed to start. The plan never asks for equipment you do not have (A10)."
    >
      <ChoiceGroup
        legend="Units"
        name="units"
        options={UNIT_OPTIONS}
        value={draft.units}
        onChange={(units) => update((d) => withUnits(d, units))}
        hint="How weights and heights are typed here and shown in your plan. What you typed is converted."
        error={errors.units}
      />

      <fieldset className="min-w-0">
        <legend className="text-sm font-medium text-stone-800">Resistance bands</legend>
        <div className="flex flex-wrap gap-x-5">
          {BAND_OPTIONS.map((band) => (
            <Checkbox
              key={band.value}
              name="equipment.bands"
              value={band.value}
              label={band.label}
              checked={e.bands.includes(band.value)}
              onChange={(checked) =>
                setEquipment({
                  bands: checked
                    ? [...e.bands, band.value]
                    : e.bands.filter((b) => b !== band.value),
                })
              }
            />
          ))}
        </div>
        {errors['equipment.bands'] && (
          <p role="alert" className="text-sm text-red-800">
            {errors['equipment.bands']}
          </p>
        )}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={`Dumbbells up to (${kg})`}
          name="equipment.dumbbells.maxKg"
          inputMode="decimal"
          autoComplete="off"
          hint="Your heaviest pair. Leave empty if you have none."
          value={e.dumbbellsMax}
          onChange={(event) => setEquipment({ dumbbellsMax: event.target.value })}
          error={errors['equipment.dumbbells.maxKg']}
        />
        <Field
          label={`Weight vest (${kg})`}
          name="equipment.weightVest.kg"
          inputMode="decimal"
          autoComplete="off"
          hint="Leave empty if you have none."
          value={e.weightVest}
          onChange={(event) => setEquipment({ weightVest: event.target.value })}
          error={errors['equipment.weightVest.kg']}
        />
      </div>

      <NumberListField
        legend="Kettlebells"
        itemName="Kettlebell"
        unit={kg}
        path="equipment.kettlebells.kg"
        values={e.kettlebells}
        onChange={(kettlebells) => setEquipment({ kettlebells })}
        errors={errors}
      />

      <NumberListField
        legend="Plyometric boxes"
        itemName="Box"
        unit={cm}
        path="equipment.box.heightsCm"
        values={e.boxHeights}
        onChange={(boxHeights) => setEquipment({ boxHeights })}
        errors={errors}
        hint={
          draft.units === 'metric'
            ? 'Jumps use boxes from 30 to 60 cm (A5).'
            : 'Jumps use boxes from 12 to 24 in (A5).'
        }
      />

      <fieldset className="min-w-0">
        <legend className="text-sm font-medium text-stone-800">Other equipment</legend>
        <div className="flex flex-wrap gap-x-5">
          {OTHER.map((item) => (
            <Checkbox
              key={item.key}
              name={`equipment.${item.key}`}
              label={item.label}
              checked={e[item.key]}
              onChange={(checked) => setEquipment({ [item.key]: checked })}
            />
          ))}
        </div>
      </fieldset>
    </FormSection>
  );
};
