import { Link } from '@tanstack/react-router';
import {
  type FocusEvent,
  type FormEvent,
  type SyntheticEvent,
  useCallback,
  useDeferredValue,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Button } from '../../components/button';
import { EquipmentFieldset } from './equipment-fieldset';
import { fieldFor, placeProblems } from './field-paths';
import { InjuriesFieldset } from './injuries-fieldset';
import { PlanLengthFieldset } from './plan-length-fieldset';
import { PlanPreview } from './plan-preview';
import { type DraftProblem, draftToProfile, type ProfileDraft } from './profile-draft';
import { ProgrammeFieldset } from './programme-fieldset';
import { RunningWeekFieldset } from './running-week-fieldset';
import { liveServerErrors } from './server-errors';
import { TrainingFieldset } from './training-fieldset';
import { useCoach } from './use-coach';
import { type SaveError, useSaveProfile } from './use-save-profile';

const isControl = (target: EventTarget): target is HTMLInputElement | HTMLSelectElement =>
  target instanceof HTMLInputElement || target instanceof HTMLSelectElement;

/** Problems at the same field as an earlier one are left out: the runner fixes one at a time. */
const firstPerField = (problems: readonly DraftProblem[]): DraftProblem[] => {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = fieldFor(p.path) ?? p.path;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * What to say near the save button. When the server named fields, their words sit beside them
 * and this only points there, and says nothing once the runner has changed them all.
 */
const saveErrorWords = (error: SaveError, fieldsStillWrong: number): string | null => {
  const { apiError, step } = error;
  const namedFields = Object.keys(apiError.fields).length > 0;
  if (namedFields && fieldsStillWrong === 0) return null;
  const words = namedFields
    ? 'Check the marked fields and save again.'
    : apiError.status === 401
      ? 'You are signed out.'
      : apiError.status === 429
        ? 'Too many attempts: wait a minute and try again.'
        : apiError.message;
  return step === 'plan' ? `Your profile is saved, but the plan was not made: ${words}` : words;
};

/**
 * The profile form with its live preview. Problems show next to their field once the runner
 * has left it (or tried to save), so nothing is announced while they are still typing; the
 * preview lists them all at once, each a link to its field.
 */
export const OnboardingForm = ({ initial, isNew }: { initial: ProfileDraft; isNew: boolean }) => {
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const save = useSaveProfile();
  const { coach, failed } = useCoach();

  const built = useMemo(() => draftToProfile(draft), [draft]);
  const deferredProfile = useDeferredValue(built.profile);
  const preview = useMemo(
    () => coach?.previewOf(deferredProfile) ?? null,
    [coach, deferredProfile],
  );

  const problems = useMemo(
    () => firstPerField([...built.problems, ...(preview && !preview.ok ? preview.problems : [])]),
    [built.problems, preview],
  );
  const serverProblems = useMemo(
    () =>
      save.error
        ? liveServerErrors(save.error.apiError.fields, save.error.sent, built.profile)
        : [],
    [save.error, built.profile],
  );

  const errors = useMemo(() => {
    const client = placeProblems(problems).byField;
    const server = placeProblems(serverProblems).byField;
    const visible: Record<string, string> = { ...server };
    for (const [field, message] of Object.entries(client)) {
      if (submitted || touched.has(field)) visible[field] = message;
    }
    return visible;
  }, [problems, serverProblems, submitted, touched]);
  const elsewhere = placeProblems(serverProblems).elsewhere;
  const saveMessage = save.error ? saveErrorWords(save.error, serverProblems.length) : null;

  const update = useCallback((change: (d: ProfileDraft) => ProfileDraft) => {
    setBlocked(false);
    setDraft(change);
  }, []);

  const touch = useCallback((name: string) => {
    const field = fieldFor(name) ?? name;
    setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
  }, []);

  const focusField = (path: string) => {
    const field = fieldFor(path) ?? path;
    touch(field);
    const name = CSS.escape(field);
    const target =
      form.current?.querySelector<HTMLElement>(`[name="${name}"]:checked`) ??
      form.current?.querySelector<HTMLElement>(`[name="${name}"]`) ??
      form.current?.querySelector<HTMLElement>(`[name^="${name}"]`);
    target?.focus();
  };

  const onBlur = (event: FocusEvent) => {
    const { target } = event;
    if (isControl(target) && target.name) touch(target.name);
  };
  // Choices count as visited as soon as they change; typed fields only when left.
  const onChange = (event: SyntheticEvent) => {
    const { target } = event;
    if (!isControl(target)) return;
    if (
      target instanceof HTMLSelectElement ||
      target.type === 'radio' ||
      target.type === 'checkbox'
    )
      touch(target.name);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    // Check the profile as it is now, not as the (deferred) preview last saw it.
    const now = firstPerField([
      ...built.problems,
      ...(coach ? coach.problemsOf(built.profile) : []),
    ]);
    const first = now[0];
    if (first) {
      setBlocked(true);
      focusField(first.path);
      return;
    }
    save.mutate(built.profile);
  };

  return (
    <form
      ref={form}
      onSubmit={submit}
      onBlur={onBlur}
      onChange={onChange}
      noValidate
      // On a phone the navigation is fixed at the bottom: keep a focused control clear of it.
      className="grid gap-6 max-md:[&_:is(input,select,button)]:scroll-mb-24 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-x-8"
    >
      <div className="flex min-w-0 flex-col gap-6">
        <RunningWeekFieldset draft={draft} update={update} errors={errors} />
        <PlanLengthFieldset draft={draft} update={update} errors={errors} />
        <TrainingFieldset draft={draft} update={update} errors={errors} />
        <EquipmentFieldset draft={draft} update={update} errors={errors} />
        <InjuriesFieldset draft={draft} update={update} errors={errors} />
        <ProgrammeFieldset
          draft={draft}
          update={update}
          errors={errors}
          programmes={coach?.PROGRAMME_CHOICES ?? null}
          failed={failed}
        />
      </div>

      <aside
        aria-label="Plan preview"
        // Scrolls on its own on a wide screen, so it must be reachable by keyboard too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus (WCAG 2.1.1).
        tabIndex={0}
        className="rounded-xl border border-stone-300 bg-stone-100 p-4 lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:max-h-[calc(100dvh-2rem)] lg:self-start lg:overflow-y-auto"
      >
        <PlanPreview preview={preview} failed={failed} problems={problems} onJump={focusField} />
      </aside>

      <div className="flex flex-col gap-3 lg:col-start-1">
        {blocked && problems.length > 0 && (
          <p role="alert" className="text-sm text-red-800">
            {problems.length === 1
              ? 'Fix the marked field first; the preview names it.'
              : `Fix the ${problems.length} marked fields first; the preview lists them.`}
          </p>
        )}
        {saveMessage !== null && save.error && (
          <div role="alert" className="text-sm text-red-800">
            <p>{saveMessage}</p>
            {save.error.apiError.status === 401 && (
              <p>
                <Link to="/sign-in" className="font-semibold underline">
                  Sign in again
                </Link>{' '}
                (what you typed here is not kept).
              </p>
            )}
            {elsewhere.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {elsewhere.map((p) => (
                  <li key={p.path}>
                    {p.path}: {p.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <Button type="submit" disabled={save.isPending} className="self-start">
          {save.isPending ? 'Saving…' : isNew ? 'Save and make my plan' : 'Save and update my plan'}
        </Button>
      </div>
    </form>
  );
};
