import { useId, useState } from 'react';
import { ConfirmBox, useConfirm } from '../plan/confirm-box';
import { humaniseDates } from '../plan/plan-dates';
import { SMALL_BUTTON, SMALL_DANGER_BUTTON } from '../plan/plan-styles';
import { LoadError, Loading } from '../progress/query-state';
import {
  activityPace,
  activitySeconds,
  activityWhen,
  classificationLabel,
  countActivities,
  formatDistance,
  formatDuration,
  formatHeartRate,
  sportLabel,
  type Units,
} from './run-words';
import { useActivities, useDeleteActivity } from './runs-api';
import type { ActivityDto } from './runs-types';

/** Every imported activity, newest first, with what the coach made of each run. */
export const ActivityListSection = ({ units }: { units: Units }) => {
  const headingId = useId();
  const activities = useActivities();

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <h2 id={headingId} className="text-xl font-bold">
        Your runs
      </h2>
      {activities.isPending ? (
        <Loading what="your runs" />
      ) : activities.isError ? (
        <LoadError error={activities.error} retry={() => void activities.refetch()} />
      ) : activities.data.length === 0 ? (
        <EmptyState />
      ) : (
        <>
          <p className="text-sm text-stone-700">
            {countActivities(activities.data)}, newest first. Each run is classed easy, quality or
            long from its own numbers; open “Why” to see them.
          </p>
          <ul aria-labelledby={headingId} className="flex flex-col gap-3">
            {activities.data.map((activity) => (
              <li key={activity.id}>
                <ActivityCard activity={activity} units={units} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};

const EmptyState = () => (
  <div className="flex flex-col gap-2 rounded-lg bg-white p-4 text-sm text-stone-800">
    <p className="font-semibold">No runs yet. Upload the files your watch or app recorded.</p>
    <p>
      <strong>Garmin Connect:</strong> open an activity, then the gear menu, then “Export to TCX”
      (or GPX, or “Export Original” for the FIT file).
    </p>
    <p>
      <strong>Strava:</strong> Settings → My Account → “Download or Delete Your Account” → “Request
      your archive”; upload the .zip it emails you, as it is.
    </p>
  </div>
);

const Fact = ({ term, children }: { term: string; children: string }) => (
  <div className="flex flex-col">
    <dt className="text-xs text-stone-600">{term}</dt>
    <dd className="font-medium tabular-nums">{children}</dd>
  </div>
);

const ActivityCard = ({ activity, units }: { activity: ActivityDto; units: Units }) => {
  const titleId = useId();
  const confirm = useConfirm();
  const remove = useDeleteActivity();
  const [error, setError] = useState<string | null>(null);
  const when = activityWhen(activity);
  const sport = sportLabel(activity.sport, activity.subSport);
  const pace = activityPace(activity, units);
  const { classification } = activity;

  const onDelete = () =>
    remove.mutate(activity.id, {
      onSuccess: () => confirm.close(),
      onError: (caught) => setError(caught instanceof Error ? caught.message : 'Not deleted.'),
    });

  return (
    <article
      aria-labelledby={titleId}
      className="flex flex-col gap-2 rounded-xl border border-stone-300 bg-white p-3 md:p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={titleId} className="font-semibold leading-snug">
          {when} · {sport}
        </h3>
        {classification && (
          <span className="rounded-full border border-brand bg-teal-50 px-2 py-0.5 text-sm font-semibold text-teal-950">
            {classificationLabel(classification)}
          </span>
        )}
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
        <Fact term="Distance">{formatDistance(activity.distanceMeters, units)}</Fact>
        <Fact term={activity.movingSeconds !== null ? 'Moving time' : 'Time'}>
          {formatDuration(activitySeconds(activity))}
        </Fact>
        <Fact term={units === 'imperial' ? 'Pace per mile' : 'Pace per km'}>{pace ?? '—'}</Fact>
        <Fact term="Heart rate">
          {formatHeartRate(activity.avgHeartRate, activity.maxHeartRate)}
        </Fact>
      </dl>
      {classification && classification.reasons.length > 0 && (
        <details className="text-sm text-stone-800">
          <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-strong">
            Why “{classificationLabel(classification).toLowerCase()}”
          </summary>
          <ul className="flex list-disc flex-col gap-1 pl-5">
            {classification.reasons.map((reason) => (
              <li key={reason}>{humaniseDates(reason)}</li>
            ))}
          </ul>
        </details>
      )}
      <p className="text-xs break-all text-stone-600">From {activity.file}</p>
      {confirm.asking ? (
        <ConfirmBox
          question={`Delete this ${sport.toLowerCase()} (${when})? Its load leaves your training load.`}
          confirmLabel="Delete"
          confirmClass={SMALL_DANGER_BUTTON}
          busy={remove.isPending}
          onConfirm={onDelete}
          onCancel={confirm.cancel}
        />
      ) : (
        <button
          ref={confirm.triggerRef}
          type="button"
          className={`${SMALL_BUTTON} self-start`}
          aria-describedby={titleId}
          onClick={() => {
            setError(null);
            confirm.ask();
          }}
        >
          Delete
        </button>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </article>
  );
};
