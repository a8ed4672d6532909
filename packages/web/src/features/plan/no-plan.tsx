import { Link } from '@tanstack/react-router';

/** No profile or no plan yet: onboarding makes both. */
export const NoPlan = ({ reason }: { reason: 'no-plan' | 'no-profile' }) => (
  <div className="mx-auto flex max-w-md flex-col gap-3 py-10">
    <h1 className="text-2xl font-bold">No plan yet</h1>
    <p className="text-stone-800">
      {reason === 'no-profile'
        ? 'Tell us about your running week, your equipment and any race, and RunStrong builds a strength plan around it.'
        : 'Your profile is ready; make your plan from it and it appears here, week by week.'}
    </p>
    <Link
      to="/onboarding"
      className="inline-flex min-h-11 items-center justify-center self-start rounded-lg bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong"
    >
      {reason === 'no-profile' ? 'Set up my plan' : 'Make my plan'}
    </Link>
  </div>
);
