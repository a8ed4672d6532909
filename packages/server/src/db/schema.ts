import type { PlanChange } from '@runstrong/core';
import type { ColumnType } from 'kysely';

/**
 * The tables, as Kysely sees them. Timestamps the server writes are ISO-8601 text on both
 * databases (portable and sortable); better-auth's own tables use its own column types.
 */
export interface UserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: ColumnType<boolean | number, boolean, boolean>;
  image: string | null;
  createdAt: ColumnType<Date | string, Date | string, Date | string>;
  updatedAt: ColumnType<Date | string, Date | string, Date | string>;
}

export interface SessionTable {
  id: string;
  expiresAt: ColumnType<Date | string, Date | string, Date | string>;
  token: string;
  createdAt: ColumnType<Date | string, Date | string, Date | string>;
  updatedAt: ColumnType<Date | string, Date | string, Date | string>;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
}

/** better-auth's credentials table; RunStrong reads it only in tests. */
export interface AccountTable {
  id: string;
  accountId: string;
  providerId: string;
  userId: string;
  password: string | null;
}

export interface RunnerProfileTable {
  user_id: string;
  profile_json: string;
  updated_at: string;
}

export interface PlanTable {
  id: string;
  user_id: string;
  version: number;
  programme_id: string;
  profile_json: string;
  plan_json: string;
  created_at: string;
}

export interface PlanChangeTable {
  id: string;
  user_id: string;
  plan_id: string;
  kind: PlanChange['kind'];
  session_id: string;
  payload_json: string;
  warning: string | null;
  created_at: string;
}

export interface WorkoutTable {
  id: string;
  user_id: string;
  session_id: string;
  performed_on: string;
  rpe: number | null;
  duration_minutes: number | null;
  /** B26: pain before the session and the next morning, 0–10. */
  pain_before: number | null;
  pain_next_morning: number | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface SetLogTable {
  id: string;
  user_id: string;
  session_id: string;
  exercise_id: string;
  set_number: number;
  performed_on: string;
  reps: number | null;
  seconds: number | null;
  load_kg: number | null;
  band: string | null;
  rpe: number | null;
  pain: number | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface CalendarTokenTable {
  user_id: string;
  token_hash: string;
  created_at: string;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}

export interface ActivityTable {
  id: string;
  user_id: string;
  file: string;
  format: string;
  index_in_file: number;
  sport: string;
  sub_sport: string | null;
  /** ISO-8601 with the offset the file gave; null when the clock was device-relative. */
  start: string | null;
  /** The same instant in UTC, for ranges and duplicates. */
  start_utc: string | null;
  start_is_device_relative: number;
  elapsed_seconds: number;
  moving_seconds: number | null;
  distance_meters: number | null;
  elevation_gain_meters: number | null;
  avg_heart_rate: number | null;
  max_heart_rate: number | null;
  has_gps: number;
  laps_json: string;
  /** The runner's own session RPE for the run, when they gave one. */
  rpe: number | null;
  imported_at: string;
}

/** Raised with every write to a runner's log (log/log-revision.ts). */
export interface LogRevisionTable {
  user_id: string;
  revision: number;
}

export interface Database {
  user: UserTable;
  session: SessionTable;
  account: AccountTable;
  runner_profile: RunnerProfileTable;
  plan: PlanTable;
  plan_change: PlanChangeTable;
  workout: WorkoutTable;
  set_log: SetLogTable;
  calendar_token: CalendarTokenTable;
  api_token: ApiTokenTable;
  activity: ActivityTable;
  log_revision: LogRevisionTable;
}

export type Dialect = 'sqlite' | 'postgres';
