/** Being built: see issue 4. */
export const PlanPage = () => <h1 className="py-6 text-2xl font-bold">Plan</h1>;
