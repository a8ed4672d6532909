import { useState } from 'react';
import { Button } from '../../components/button';
import { localIsoDate } from './dates';
import { OnboardingForm } from './onboarding-form';
import { defaultDraft, draftFromProfile, guessUnits } from './profile-draft';
import { useSavedProfile } from './use-saved-profile';

/**
 * `/onboarding`: the runner's week, goal, time, equipment and injuries, with a live preview of
 * the plan they make. Reached again from settings, it starts from the saved profile.
 */
export const OnboardingPage = () => {
  const saved = useSavedProfile();

  if (saved.isPending) {
    return (
      <p role="status" className="py-6 text-stone-700">
        Loading your profile…
      </p>
    );
  }
  if (saved.isError) {
    return (
      <div role="alert" className="flex flex-col items-start gap-3 py-6">
        <p className="text-red-800">Your profile could not be loaded: {saved.error.message}</p>
        <Button variant="secondary" onClick={() => saved.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  return <OnboardingScreen saved={saved.data?.profile} />;
};

const OnboardingScreen = ({ saved }: { saved: Record<string, unknown> | undefined }) => {
  // Read once: later refetches of the saved profile must not reset what is being typed.
  const [initial] = useState(() => {
    const today = localIsoDate(new Date());
    return saved
      ? draftFromProfile(saved, today)
      : defaultDraft(today, guessUnits(globalThis.navigator?.language));
  });
  const isNew = saved === undefined;
  return (
    <div className="py-6">
      <h1 className="text-2xl font-bold">{isNew ? 'Set up your plan' : 'Your profile'}</h1>
      <p className="mt-1 max-w-prose text-stone-700">
        Tell the coach about your running, your time and your kit. The preview shows where each
        session falls and why, as you type.
      </p>
      <div className="mt-6">
        <OnboardingForm initial={initial} isNew={isNew} />
      </div>
    </div>
  );
};
