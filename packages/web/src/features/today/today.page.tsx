/** Being built: see issue 4. */
export const TodayPage = () => <h1 className="py-6 text-2xl font-bold">Today</h1>;
