import { LoadError, Loading } from '../progress/query-state';
import { unitsOf, useProfileDocument } from '../settings/use-profile';
import { ActivityListSection } from './activity-list';
import { RunningWeekCard } from './running-week-card';
import { UploadSection } from './upload-section';

/**
 * Runs: upload the files a watch or app recorded (with progress, and what came of each file),
 * the running week they show when it differs from the profile's, and every imported activity
 * with its classification, in the runner's units.
 */
export const RunsPage = () => {
  const profile = useProfileDocument();
  return (
    <div className="flex flex-col gap-8 py-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Runs</h1>
        <p className="text-stone-700">
          Your runs tell the coach what your week really looks like: strength sessions move or get
          lighter around them, and each change says why.
        </p>
      </div>
      <UploadSection />
      {profile.isPending ? (
        <Loading what="your runs" />
      ) : profile.isError ? (
        <LoadError error={profile.error} retry={() => void profile.refetch()} />
      ) : (
        <>
          <RunningWeekCard profile={profile.data} />
          <ActivityListSection units={unitsOf(profile.data)} />
        </>
      )}
    </div>
  );
};
