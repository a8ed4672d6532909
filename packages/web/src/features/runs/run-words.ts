import type { ActivityDto, Classification, DayRun, Weekday } from './runs-types';

/**
 * How an imported activity reads on screen: its date, sport, distance, time, pace and heart rate
 * in the runner's units, and its classification. Pure, so it is tested in node.
 */

export type Units = 'metric' | 'imperial';

const METRES_PER_KM = 1000;
/** The international mile (1959): exactly 1,609.344 m. */
const METRES_PER_MILE = 1609.344;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A distance to two decimals in the runner's unit: "10.02 km", "6.23 mi"; "—" when unknown. */
export const formatDistance = (metres: number | null, units: Units): string => {
  if (metres === null || !Number.isFinite(metres)) return '—';
  return units === 'imperial'
    ? `${(metres / METRES_PER_MILE).toFixed(2)} mi`
    : `${(metres / METRES_PER_KM).toFixed(2)} km`;
};

/** A duration to the second: "42:07" under an hour, "1:02:03" from one hour. */
export const formatDuration = (seconds: number): string => {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad2(m)}:${pad2(s)}` : `${m}:${pad2(s)}`;
};

/**
 * Time per kilometre or per mile, to the second: "5:12 /km", "8:22 /mi". Null without a distance
 * or a time to divide.
 */
export const formatPace = (seconds: number, metres: number | null, units: Units): string | null => {
  if (metres === null || !(metres > 0) || !(seconds > 0)) return null;
  const unit = units === 'imperial' ? METRES_PER_MILE : METRES_PER_KM;
  return `${formatDuration(seconds / (metres / unit))} /${units === 'imperial' ? 'mi' : 'km'}`;
};

/** The time an activity took: moving time when the file says, elapsed time otherwise. */
export const activitySeconds = (activity: Pick<ActivityDto, 'movingSeconds' | 'elapsedSeconds'>) =>
  activity.movingSeconds ?? activity.elapsedSeconds;

/** Sports a pace means something for; a ride's is given in speed by everyone, so none here. */
const PACED_SPORTS = new Set(['running', 'walking', 'hiking']);

export const activityPace = (activity: ActivityDto, units: Units): string | null =>
  PACED_SPORTS.has(activity.sport)
    ? formatPace(activitySeconds(activity), activity.distanceMeters, units)
    : null;

/** "3 runs"; "4 activities" when not every one is a run (a ride in a Strava export). */
export const countActivities = (activities: readonly Pick<ActivityDto, 'sport'>[]): string => {
  const n = activities.length;
  if (activities.every((a) => a.sport === 'running')) return `${n} ${n === 1 ? 'run' : 'runs'}`;
  return `${n} ${n === 1 ? 'activity' : 'activities'}`;
};

/** "avg 148 bpm, max 171 bpm"; the one that is known; "—" for neither. */
export const formatHeartRate = (avg: number | null, max: number | null): string => {
  const parts = [
    avg !== null ? `avg ${Math.round(avg)} bpm` : '',
    max !== null ? `max ${Math.round(max)} bpm` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : '—';
};

const SPORT_WORDS: Record<string, string> = {
  running: 'Run',
  cycling: 'Ride',
  walking: 'Walk',
  hiking: 'Hike',
  swimming: 'Swim',
  other: 'Other activity',
};

/** "Run", "Run (treadmill)", "Ride". */
export const sportLabel = (sport: string, subSport: string | null): string => {
  const word = SPORT_WORDS[sport] ?? sport;
  return subSport && subSport !== 'generic' ? `${word} (${subSport.replace(/_/g, ' ')})` : word;
};

const KIND_WORDS: Record<Classification['kind'], string> = {
  easy: 'Easy run',
  quality: 'Quality run',
  long: 'Long run',
};

/** The badge: "Easy run", "Long run, race". */
export const classificationLabel = (classification: Classification): string =>
  `${KIND_WORDS[classification.kind]}${classification.race ? ', race' : ''}`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * When an activity started, in the runner's own zone (or `timeZone`, for tests): "Wed 24 Sep
 * 2025, 15:40". Months are named by hand, as the rest of the app does ("Sep", where ICU's
 * British English says "Sept"). A device that never set its clock gives no date, and that is said.
 */
export const activityWhen = (
  activity: Pick<ActivityDto, 'start' | 'startIsDeviceRelative'>,
  timeZone?: string,
): string => {
  if (activity.start === null) {
    return activity.startIsDeviceRelative
      ? 'Date unknown: the device’s clock was not set'
      : 'Date unknown';
  }
  const date = new Date(activity.start);
  if (Number.isNaN(date.getTime())) return 'Date unknown';
  const parts = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const month = MONTHS[Number(part('month')) - 1] ?? part('month');
  // Numeric months make en-GB pad the day ("06/11"): the number is read back plain.
  return `${part('weekday')} ${Number(part('day'))} ${month} ${part('year')}, ${part('hour')}:${part('minute')}`;
};

// ---------------------------------------------------------------------------------------------
// The running week

export const WEEKDAYS: readonly { value: Weekday; short: string; long: string }[] = [
  { value: 'mon', short: 'Mon', long: 'Monday' },
  { value: 'tue', short: 'Tue', long: 'Tuesday' },
  { value: 'wed', short: 'Wed', long: 'Wednesday' },
  { value: 'thu', short: 'Thu', long: 'Thursday' },
  { value: 'fri', short: 'Fri', long: 'Friday' },
  { value: 'sat', short: 'Sat', long: 'Saturday' },
  { value: 'sun', short: 'Sun', long: 'Sunday' },
];

const DAY_RUN_WORDS: Record<DayRun, string> = {
  rest: 'Rest',
  easy: 'Easy',
  quality: 'Quality',
  long: 'Long',
  race: 'Race',
};

export const dayRunLabel = (run: DayRun | undefined): string =>
  run ? (DAY_RUN_WORDS[run] ?? run) : '—';
