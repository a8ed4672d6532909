import { longDate } from '@runstrong/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { ApiError, api } from '../../api/client';
import { Button } from '../../components/button';
import { humaniseDates } from '../plan/plan-dates';
import { localIsoDate } from '../progress/dates';
import { RegenerateOffer } from '../settings/regenerate-offer';
import { Done, messageOf, Problem } from '../settings/settings-ui';
import { PROFILE_KEY, type ProfileDocument } from '../settings/use-profile';
import { dayRunLabel, WEEKDAYS } from './run-words';
import { ACTIVITIES_KEY, useRunningWeekSuggestion } from './runs-api';
import type { RunningWeek, RunningWeekSuggestion } from './runs-types';

type Step =
  | { kind: 'asking' }
  | { kind: 'offer'; today: string }
  | { kind: 'finished'; regenerated: boolean };

/**
 * The week the imported runs show, when it is not the one in the profile: each day, the evidence,
 * and "Use this running week", which saves it to the profile the way settings does and then
 * offers to make the weeks ahead again (never silently).
 */
export const RunningWeekCard = ({ profile }: { profile: ProfileDocument | null }) => {
  const answer = useRunningWeekSuggestion();
  const [step, setStep] = useState<Step>({ kind: 'asking' });
  // Once adopted the suggestion no longer differs, but what happened next stays on screen.
  const [adopted, setAdopted] = useState<RunningWeekSuggestion | null>(null);
  const suggestion = adopted ?? answer.data?.suggestion ?? null;
  if (!suggestion || (!adopted && !answer.data?.differs)) return null;
  return (
    <SuggestionCard
      suggestion={suggestion}
      current={answer.data?.current ?? null}
      profile={profile}
      step={step}
      onAdopted={(today) => {
        setAdopted(suggestion);
        setStep({ kind: 'offer', today });
      }}
      onStep={setStep}
    />
  );
};

const SuggestionCard = ({
  suggestion,
  current,
  profile,
  step,
  onAdopted,
  onStep,
}: {
  suggestion: RunningWeekSuggestion;
  current: RunningWeek | null;
  profile: ProfileDocument | null;
  step: Step;
  onAdopted: (today: string) => void;
  onStep: (step: Step) => void;
}) => {
  const queryClient = useQueryClient();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const week = suggestion.runningWeek;

  const adopt = async () => {
    if (!profile) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await api<{ profile: ProfileDocument }>('PUT', '/api/profile', {
        ...profile,
        runningWeek: week,
      });
      queryClient.setQueryData(PROFILE_KEY, saved.profile);
      await queryClient.invalidateQueries({ queryKey: ['profile'] });
      await queryClient.invalidateQueries({ queryKey: ACTIVITIES_KEY });
      onAdopted(localIsoDate(new Date()));
    } catch (caught) {
      setError(
        caught instanceof ApiError && Object.keys(caught.fields).length > 0
          ? Object.values(caught.fields).join(' ')
          : messageOf(caught),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-2xl border border-stone-300 bg-white p-4 md:p-6"
    >
      <div className="flex flex-col gap-1">
        <h2 id={headingId} className="text-xl font-bold">
          Your usual running week
        </h2>
        <p className="text-sm text-stone-700">
          What your imported runs show over {suggestion.weeksSeen}{' '}
          {suggestion.weeksSeen === 1 ? 'week' : 'weeks'}
          {current && step.kind === 'asking' ? ', beside the week your plan is built on' : ''}.
        </p>
      </div>
      {/* A list of days on a phone, a row of seven from a small tablet up. */}
      <ol
        aria-label="Suggested running week"
        className="flex flex-col gap-1 sm:grid sm:grid-cols-7 sm:text-center"
      >
        {WEEKDAYS.map((day) => {
          const changed = current !== null && current[day.value] !== week[day.value];
          return (
            <li
              key={day.value}
              className={`flex items-baseline gap-2 rounded-lg border px-3 py-1.5 sm:flex-col sm:items-center sm:gap-0 sm:px-0.5 sm:py-2 ${changed ? 'border-2 border-brand bg-teal-50' : 'border-stone-300'}`}
            >
              <span className="w-24 text-sm font-medium text-stone-700 sm:w-auto sm:text-xs">
                <span className="sm:hidden">{day.long}</span>
                <abbr title={day.long} className="hidden no-underline sm:inline">
                  {day.short}
                </abbr>
              </span>
              <span className="text-sm font-semibold">{dayRunLabel(week[day.value])}</span>
              {changed && step.kind === 'asking' && (
                <span className="text-sm text-stone-700 sm:text-xs">
                  <span className="sr-only">{day.long}, </span>was {dayRunLabel(current[day.value])}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {suggestion.evidence.length > 0 && (
        <ul
          aria-label="Why this week"
          className="flex list-disc flex-col gap-1 pl-5 text-sm text-stone-800"
        >
          {suggestion.evidence.map((line) => (
            <li key={line}>{humaniseDates(line)}</li>
          ))}
        </ul>
      )}
      {error && <Problem>{error}</Problem>}
      {step.kind === 'asking' &&
        (profile ? (
          <Button onClick={adopt} disabled={busy} className="self-start">
            {busy ? 'Saving…' : 'Use this running week'}
          </Button>
        ) : (
          <p className="text-sm">
            <Link to="/onboarding" className="font-semibold text-brand underline">
              Make your plan
            </Link>{' '}
            first; then this week can become your profile’s.
          </p>
        ))}
      {step.kind === 'offer' && (
        <RegenerateOffer
          today={step.today}
          program={profile?.program}
          onDone={() => onStep({ kind: 'finished', regenerated: true })}
          onDismiss={() => onStep({ kind: 'finished', regenerated: false })}
        >
          Your profile’s running week is now the one above, but your plan was made with the old one.
          Regenerate it from today, {longDate(step.today)}, so strength sessions fit the week you
          really run. Your past weeks stay as they were, with what you logged, moved and skipped.
        </RegenerateOffer>
      )}
      {step.kind === 'finished' && (
        <Done>
          {step.regenerated
            ? 'Saved, and your plan from today on now follows this running week. Your past weeks stay as they were.'
            : 'Saved to your profile. Your plan stays as it is.'}
        </Done>
      )}
    </section>
  );
};
