/**
 * A recorded activity as RunStrong uses it, whatever file it came from. Times are ISO-8601 with an
 * offset; `null` means the file does not say (never a guess).
 */
export type Sport = 'running' | 'cycling' | 'walking' | 'hiking' | 'swimming' | 'other';

export type SourceFormat = 'fit' | 'gpx' | 'tcx' | 'strava-csv';

export interface ActivityLap {
  /** ISO-8601 with offset, or null when the file's clock is device-relative. */
  start: string | null;
  elapsedSeconds: number;
  movingSeconds: number | null;
  distanceMeters: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
}

export interface Activity {
  /** The file name as given (for a Strava export: the file the CSV row names, or the CSV). */
  file: string;
  format: SourceFormat;
  /** Position of the activity in its file (multi-activity TCX, multisport FIT), from 0. */
  indexInFile: number;
  sport: Sport;
  /** e.g. 'treadmill', 'trail', 'track' when the file says. */
  subSport: string | null;
  /** ISO-8601 with offset; null when the timestamps are device-relative (see below). */
  start: string | null;
  /** FIT files from some devices count time from power-on, not from 1989: said, not dated. */
  startIsDeviceRelative: boolean;
  elapsedSeconds: number;
  /** Elapsed time less pauses (timer stops, gaps). */
  movingSeconds: number | null;
  distanceMeters: number | null;
  elevationGainMeters: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  laps: ActivityLap[];
  /** Whether position samples exist (false for treadmill and foot-pod runs). */
  hasGps: boolean;
}

/**
 * Why a file gave no activity — or why the activity it gave is partial (a truncated recording
 * summarised from what survived): the problem then sits beside the activity. Stable codes.
 */
export type ImportProblemCode =
  | 'truncated'
  | 'corrupted'
  | 'not-an-activity'
  | 'unsupported-format'
  | 'unsafe-xml'
  | 'too-large'
  | 'empty';

export interface ImportProblem {
  file: string;
  code: ImportProblemCode;
  message: string;
}

export interface ParseResult {
  activities: Activity[];
  problems: ImportProblem[];
}
