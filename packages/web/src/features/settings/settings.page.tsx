/** Being built: see issue 4. */
export const SettingsPage = () => <h1 className="py-6 text-2xl font-bold">Settings</h1>;
