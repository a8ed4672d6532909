import { type Activity, type ActivityLap, activityJson } from '@runstrong/activities';
import { type RunClassification, type RunRecord, toRunRecord } from '@runstrong/core';
import type { Selectable } from 'kysely';
import type { ActivityTable } from '../db/schema';

export type ActivityRow = Selectable<ActivityTable>;

/** The UTC instant of an ISO-8601 start with offset, or null when there is none to trust. */
export const utcOf = (start: string | null): string | null => {
  if (start === null) return null;
  const ms = Date.parse(start);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
};

export const activityRow = (
  userId: string,
  activity: Activity,
  importedAt: string,
): ActivityRow => ({
  id: crypto.randomUUID(),
  user_id: userId,
  file: activity.file,
  format: activity.format,
  index_in_file: activity.indexInFile,
  sport: activity.sport,
  sub_sport: activity.subSport,
  start: activity.start,
  start_utc: utcOf(activity.start),
  start_is_device_relative: activity.startIsDeviceRelative ? 1 : 0,
  elapsed_seconds: activity.elapsedSeconds,
  moving_seconds: activity.movingSeconds,
  distance_meters: activity.distanceMeters,
  elevation_gain_meters: activity.elevationGainMeters,
  avg_heart_rate: activity.avgHeartRate,
  max_heart_rate: activity.maxHeartRate,
  has_gps: activity.hasGps ? 1 : 0,
  laps_json: JSON.stringify(activity.laps),
  rpe: null,
  imported_at: importedAt,
});

/** A stored row back as the parsers' Activity, for duplicate checks against new imports. */
export const activityOf = (row: ActivityRow): Activity => ({
  file: row.file,
  format: row.format as Activity['format'],
  indexInFile: row.index_in_file,
  sport: row.sport as Activity['sport'],
  subSport: row.sub_sport,
  start: row.start,
  startIsDeviceRelative: Boolean(row.start_is_device_relative),
  elapsedSeconds: row.elapsed_seconds,
  movingSeconds: row.moving_seconds,
  distanceMeters: row.distance_meters,
  elevationGainMeters: row.elevation_gain_meters,
  avgHeartRate: row.avg_heart_rate,
  maxHeartRate: row.max_heart_rate,
  laps: JSON.parse(row.laps_json) as ActivityLap[],
  hasGps: Boolean(row.has_gps),
});

/** What the coach reads of a stored activity; runs with a device-relative clock have no day. */
export const runRecordOf = (row: ActivityRow): RunRecord | undefined =>
  toRunRecord(row.id, activityOf(row), row.rpe);

/** The API's view: the fields by name, then what the app adds. */
export const activityView = (row: ActivityRow, classification: RunClassification | undefined) => {
  return {
    id: row.id,
    ...activityJson(activityOf(row)),
    rpe: row.rpe,
    importedAt: row.imported_at,
    classification: classification
      ? { kind: classification.kind, race: classification.race, reasons: classification.reasons }
      : null,
  };
};
export type ActivityView = ReturnType<typeof activityView>;
