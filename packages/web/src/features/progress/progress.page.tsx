import { useState } from 'react';
import { unitsOf, useProfileDocument } from '../settings/use-profile';
import { lastWeeks, lastYear, localIsoDate } from './dates';
import { ExerciseHistorySection } from './exercise-history';
import { LoadError, Loading } from './query-state';
import { TrainingLoadSection } from './training-load';
import { WeekByWeekSection, type WeekChoice } from './week-by-week';

/**
 * Progress from the runner's own log and runs: one exercise's history over the last year, strength
 * volume and sessions done against planned week by week, then running and strength load together.
 * Every chart has its numbers in a table beside it; masses are in the runner's units.
 */
export const ProgressPage = () => {
  const [today] = useState(() => localIsoDate(new Date()));
  const [weeks, setWeeks] = useState<WeekChoice>(12);
  const profile = useProfileDocument();

  return (
    <div className="flex flex-col gap-10 py-6">
      <h1 className="text-2xl font-bold">Progress</h1>
      {profile.isPending ? (
        <Loading what="your progress" />
      ) : profile.isError ? (
        <LoadError error={profile.error} retry={() => void profile.refetch()} />
      ) : (
        <>
          <ExerciseHistorySection window={lastYear(today)} units={unitsOf(profile.data)} />
          <WeekByWeekSection
            window={lastWeeks(today, weeks)}
            weeks={weeks}
            onWeeks={setWeeks}
            units={unitsOf(profile.data)}
          />
          <TrainingLoadSection />
        </>
      )}
    </div>
  );
};
