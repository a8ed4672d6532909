import { ChoiceGroup } from './choice-group';
import type { FieldsetProps } from './fieldset-props';
import { FormSection } from './form-section';
import type { ProgrammeChoice } from './preview-model';

interface ProgrammeFieldsetProps extends FieldsetProps {
  /** The built-in programmes, once the coach has loaded; null until then. */
  programmes: readonly ProgrammeChoice[] | null;
  failed: boolean;
}

/** An optional built-in programme; without one the default periodised build is used. */
export const ProgrammeFieldset = ({
  draft,
  update,
  errors,
  programmes,
  failed,
}: ProgrammeFieldsetProps) => {
  const defaultId = programmes?.find((p) => p.isDefault)?.id ?? '';
  return (
    <FormSection
      title="Programme (optional)"
      intro="Every programme is fitted to your days and equipment, and keeps the same rules."
    >
      {programmes ? (
        <ChoiceGroup
          legend={<span className="sr-only">Programme</span>}
          name="program"
          layout="stacked"
          options={programmes.map((p) => ({
            value: p.id,
            label: p.isDefault ? `${p.name} (default)` : p.name,
            hint: p.summary,
          }))}
          value={draft.program || defaultId}
          onChange={(id) => update((d) => ({ ...d, program: id === defaultId ? '' : id }))}
          error={errors.program}
        />
      ) : (
        <p role="status" className="text-sm text-stone-700">
          {failed
            ? 'The programmes could not be loaded. The default build will be used unless you chose another before.'
            : 'Loading the programmes…'}
        </p>
      )}
    </FormSection>
  );
};
