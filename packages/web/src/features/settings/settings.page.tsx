import { AccountSection, DeleteAccountSection } from './account-section';
import { CalendarSection } from './calendar-section';
import { ExportSection } from './export-section';
import { TrainingSection } from './training-section';

/**
 * Settings: the account, the profile answers the plan is built from (units, equipment,
 * injuries), the calendar link, the data export, and deleting the account, last and apart.
 */
export const SettingsPage = () => (
  <div className="flex flex-col gap-6 py-6">
    <h1 className="text-2xl font-bold">Settings</h1>
    <AccountSection />
    <TrainingSection />
    <CalendarSection />
    <ExportSection />
    <DeleteAccountSection />
  </div>
);
