/** Being built: see issue 4. */
export const ProgressPage = () => <h1 className="py-6 text-2xl font-bold">Progress</h1>;
