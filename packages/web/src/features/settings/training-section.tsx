import { longDate } from '@runstrong/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, api } from '../../api/client';
import { Button } from '../../components/button';
import { Field } from '../../components/field';
import { SelectField } from '../../components/select-field';
import { localIsoDate } from '../progress/dates';
import { RegenerateOffer } from './regenerate-offer';
import {
  changesThePlan,
  convertDraft,
  type EquipmentDraft,
  type EquipmentField,
  equipmentDraft,
  equipmentFromDraft,
  fieldOfProblem,
  INJURY_AREAS,
  type InjuryChoice,
  injuriesFromChoices,
  injuryChoices,
} from './settings-data';
import { Check, Done, messageOf, Problem, SettingsSection } from './settings-ui';
import {
  type BandTension,
  PROFILE_KEY,
  type ProfileDocument,
  type Units,
  unitsOf,
  useProfileDocument,
} from './use-profile';

const BANDS: readonly { value: BandTension; label: string }[] = [
  { value: 'light', label: 'Light band' },
  { value: 'medium', label: 'Medium band' },
  { value: 'heavy', label: 'Heavy band' },
];

const INJURY_WORDS: readonly { value: InjuryChoice; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'history', label: 'History' },
  { value: 'current', label: 'Current niggle' },
];

/** Units, equipment and injuries, edited here; a change the plan depends on offers a new plan. */
export const TrainingSection = () => {
  const profile = useProfileDocument();
  return (
    <SettingsSection
      title="Units, equipment and injuries"
      intro="What the coach builds your sessions from. Saving never changes your plan by itself: if it should, you are asked."
    >
      {profile.isPending ? (
        <p role="status" className="text-sm text-stone-700">
          Loading your profile…
        </p>
      ) : profile.isError ? (
        <Problem>{messageOf(profile.error)}</Problem>
      ) : profile.data === null ? (
        <p className="text-sm">
          No profile yet.{' '}
          <Link to="/onboarding" className="font-semibold text-brand underline">
            Answer a few questions
          </Link>{' '}
          to make your plan; these settings appear once you have.
        </p>
      ) : (
        <TrainingForm profile={profile.data} />
      )}
    </SettingsSection>
  );
};

type Outcome = { kind: 'saved' } | { kind: 'offer'; today: string } | { kind: 'regenerated' };

const TrainingForm = ({ profile }: { profile: ProfileDocument }) => {
  const queryClient = useQueryClient();
  const [units, setUnits] = useState<Units>(unitsOf(profile));
  const [draft, setDraft] = useState<EquipmentDraft>(() =>
    equipmentDraft(profile.equipment, unitsOf(profile)),
  );
  const [injuries, setInjuries] = useState(() => injuryChoices(profile.injuries));
  const [errors, setErrors] = useState<Partial<Record<EquipmentField | 'injuries', string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const unitsName = useId();

  const changeUnits = (next: Units) => {
    setDraft((d) => convertDraft(d, units, next));
    setUnits(next);
  };
  const setText = (field: EquipmentField) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: event.target.value }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    setFormError(null);
    const equipment = equipmentFromDraft(draft, units);
    if (!equipment.ok) {
      setErrors(equipment.errors);
      return;
    }
    setErrors({});
    const next: ProfileDocument = {
      ...profile,
      units,
      equipment: equipment.equipment,
      injuries: injuriesFromChoices(injuries),
    };
    setBusy(true);
    try {
      const saved = await api<{ profile: ProfileDocument }>('PUT', '/api/profile', next);
      queryClient.setQueryData(PROFILE_KEY, saved.profile);
      await queryClient.invalidateQueries({ queryKey: ['profile'] });
      setOutcome(
        changesThePlan(profile, next)
          ? { kind: 'offer', today: localIsoDate(new Date()) }
          : { kind: 'saved' },
      );
    } catch (caught) {
      if (caught instanceof ApiError && Object.keys(caught.fields).length > 0) {
        const fieldErrors: typeof errors = {};
        const other: string[] = [];
        for (const [path, message] of Object.entries(caught.fields)) {
          const field = fieldOfProblem(path);
          if (field) fieldErrors[field] = message;
          else other.push(`${path}: ${message}`);
        }
        setErrors(fieldErrors);
        if (other.length > 0) setFormError(other.join(' '));
      } else {
        setFormError(messageOf(caught));
      }
    } finally {
      setBusy(false);
    }
  };

  const mass = units === 'metric' ? 'kg' : 'lb';
  const height = units === 'metric' ? 'cm' : 'in';

  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={save} noValidate className="flex flex-col gap-6">
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-lg font-semibold">Units</legend>
          {(['metric', 'imperial'] as const).map((value) => (
            <label key={value} className="flex min-h-11 cursor-pointer items-center gap-3">
              <input
                type="radio"
                name={unitsName}
                value={value}
                checked={units === value}
                onChange={() => changeUnits(value)}
                className="size-5 accent-brand"
              />
              {value === 'metric' ? 'Metric (kg, cm)' : 'Imperial (lb, in)'}
            </label>
          ))}
        </fieldset>

        <fieldset className="flex flex-col gap-4">
          <legend className="mb-1 text-lg font-semibold">Equipment you have</legend>
          <div className="flex flex-col">
            <span className="text-sm font-medium text-stone-800">Resistance bands</span>
            <div className="flex flex-wrap gap-x-6">
              {BANDS.map((band) => (
                <Check
                  key={band.value}
                  label={band.label}
                  checked={draft.bands.includes(band.value)}
                  onChange={(on) =>
                    setDraft((d) => ({
                      ...d,
                      bands: on
                        ? BANDS.map((b) => b.value).filter(
                            (b) => b === band.value || d.bands.includes(b),
                          )
                        : d.bands.filter((b) => b !== band.value),
                    }))
                  }
                />
              ))}
            </div>
          </div>
          <div className="grid gap-4 md:grid-cols-2">
            <Field
              label={`Heaviest dumbbell (${mass})`}
              inputMode="decimal"
              hint="Leave empty if you have none."
              value={draft.dumbbells}
              onChange={setText('dumbbells')}
              error={errors.dumbbells}
            />
            <Field
              label={`Kettlebells (${mass})`}
              inputMode="decimal"
              hint={`Each weight, separated by commas, like ${units === 'metric' ? '12, 16' : '26, 35'}.`}
              value={draft.kettlebells}
              onChange={setText('kettlebells')}
              error={errors.kettlebells}
            />
            <Field
              label={`Weight vest (${mass})`}
              inputMode="decimal"
              hint="Leave empty if you have none."
              value={draft.weightVest}
              onChange={setText('weightVest')}
              error={errors.weightVest}
            />
            <Field
              label={`Plyo box heights (${height})`}
              inputMode="decimal"
              hint={`Separated by commas, like ${units === 'metric' ? '30, 45' : '12, 18'}.`}
              value={draft.box}
              onChange={setText('box')}
              error={errors.box}
            />
          </div>
          <div className="flex flex-wrap gap-x-6">
            <Check
              label="Pull-up bar"
              checked={draft.pullUpBar}
              onChange={(on) => setDraft((d) => ({ ...d, pullUpBar: on }))}
            />
            <Check
              label="Bench"
              checked={draft.bench}
              onChange={(on) => setDraft((d) => ({ ...d, bench: on }))}
            />
            <Check
              label="Barbell"
              checked={draft.barbell}
              onChange={(on) => setDraft((d) => ({ ...d, barbell: on }))}
            />
          </div>
        </fieldset>

        <fieldset className="flex flex-col gap-3">
          <legend className="mb-1 text-lg font-semibold">Injuries</legend>
          <p className="text-sm text-stone-700">
            History: had it and recovered. Current niggle: you feel it now. Pain that changes how
            you run needs a physiotherapist, not an app.
          </p>
          <div className="grid grid-cols-2 gap-3 md:grid-cols-3">
            {INJURY_AREAS.map(({ area, label }) => (
              <InjurySelect
                key={area}
                label={label}
                value={injuries[area]}
                onChange={(value) => setInjuries((i) => ({ ...i, [area]: value }))}
              />
            ))}
          </div>
          {errors.injuries && <Problem>{errors.injuries}</Problem>}
        </fieldset>

        {formError && <Problem>{formError}</Problem>}
        {outcome?.kind === 'saved' && <Done>Saved.</Done>}
        <Button type="submit" disabled={busy} className="self-start">
          {busy ? 'Saving…' : 'Save changes'}
        </Button>
      </form>
      {outcome?.kind === 'offer' && (
        <RegenerateOffer
          today={outcome.today}
          program={profile.program}
          onDone={() => setOutcome({ kind: 'regenerated' })}
          onDismiss={() => setOutcome({ kind: 'saved' })}
        >
          Your plan was made with your old equipment and injuries. Regenerate it from today,{' '}
          {longDate(outcome.today)}, to use the new ones. Your past weeks stay as they were, with
          what you logged, moved and skipped.
        </RegenerateOffer>
      )}
      {outcome?.kind === 'regenerated' && (
        <Done>
          Saved, and your plan from today on now uses your new equipment and injuries. Your past
          weeks stay as they were.
        </Done>
      )}
    </div>
  );
};

const InjurySelect = ({
  label,
  value,
  onChange,
}: {
  label: string;
  value: InjuryChoice;
  onChange: (value: InjuryChoice) => void;
}) => <SelectField label={label} options={INJURY_WORDS} value={value} onChange={onChange} />;
