/** Being built: see issue 4. */
export const OnboardingPage = () => <h1 className="py-6 text-2xl font-bold">Onboarding</h1>;
