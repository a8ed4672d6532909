import { parse } from 'csv-parse/sync';
import type { Activity, ImportProblem, ParseResult } from '../activity';
import { heartRatePair, meters, seconds } from '../geo/track-summary';
import { numberFrom } from '../xml/nodes';
import { locateColumns, type StravaColumns } from './columns';
import { parseStravaDate } from './strava-date';
import { stravaDistanceMeters } from './strava-distance';
import { sportFromStravaType } from './strava-sport';

const refuse = (file: string, code: ImportProblem['code'], message: string): ParseResult => ({
  activities: [],
  problems: [{ file, code, message }],
});

function readRecords(text: string): string[][] | { code: ImportProblem['code']; message: string } {
  try {
    // columns: false keeps the header as a plain row, so the duplicated names survive.
    // relax_column_count: a short row is judged by us (a cut-off last row is 'truncated').
    const records: unknown = parse(text, {
      columns: false,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
    if (!Array.isArray(records)) return { code: 'corrupted', message: 'The CSV gave no rows.' };
    return records as string[][];
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    return code === 'CSV_QUOTE_NOT_CLOSED'
      ? { code: 'truncated', message: `The CSV stops inside a quoted field: ${message}` }
      : { code: 'corrupted', message: `The CSV is malformed: ${message}` };
  }
}

/** A row's cell: trimmed text, or null for an empty or missing cell. */
const cellAt = (row: readonly string[], index: number | null): string | null => {
  if (index === null) return null;
  const value = row[index]?.trim() ?? '';
  return value === '' ? null : value;
};

type RowOutcome = { activity: Activity } | { problem: ImportProblem };

function readRow(
  row: readonly string[],
  rowIndex: number,
  columns: StravaColumns,
  csvFile: string,
): RowOutcome {
  const cell = (index: number | null): string | null => cellAt(row, index);
  const num = (index: number | null): number | null => {
    const n = numberFrom(cell(index));
    return n !== null && n >= 0 ? n : null;
  };
  const filename = cell(columns.filename);
  const file = filename ?? csvFile;
  const where = `row ${rowIndex + 1} (activity ${cell(columns.id) ?? '?'}) of ${csvFile}`;
  const dateText = cell(columns.date);
  const start = dateText === null ? null : parseStravaDate(dateText);
  if (start === null) {
    return {
      problem: {
        file,
        code: 'unsupported-format',
        message: `Unreadable Activity Date "${dateText ?? ''}" in ${where}.`,
      },
    };
  }
  // The first Elapsed Time (whole seconds, the activity as shown); the detailed one if it is empty.
  const elapsed = num(columns.elapsed) ?? num(columns.elapsedDetail);
  if (elapsed === null) {
    return { problem: { file, code: 'corrupted', message: `No Elapsed Time in ${where}.` } };
  }
  const moving = num(columns.moving);
  const distance = stravaDistanceMeters(
    cell(columns.distanceDisplay),
    num(columns.distanceDisplay),
    num(columns.distanceMeters),
  );
  const elevationGain = num(columns.elevationGain);
  const { sport, subSport } = sportFromStravaType(cell(columns.type));
  // The first Max Heart Rate, the detailed one when the first is empty.
  const hr = heartRatePair(
    num(columns.avgHeartRate),
    num(columns.maxHeartRate) ?? num(columns.maxHeartRateDetail),
  );
  return {
    activity: {
      file,
      format: 'strava-csv',
      // Identified by its own file when the row names one, else by its row in the CSV.
      indexInFile: filename === null ? rowIndex : 0,
      sport,
      subSport,
      start,
      startIsDeviceRelative: false,
      elapsedSeconds: seconds(elapsed * 1000),
      movingSeconds: moving === null ? null : seconds(Math.min(moving, elapsed) * 1000),
      distanceMeters: distance === null ? null : meters(distance),
      elevationGainMeters: elevationGain === null ? null : Math.round(elevationGain * 10) / 10,
      avgHeartRate: hr.avg,
      maxHeartRate: hr.max,
      laps: [],
      // A GPX track point has a position by definition; for a FIT or TCX original, or a manual
      // entry without a file, the CSV cannot tell, and we claim no GPS.
      hasGps: filename !== null && /\.gpx(\.gz)?$/i.test(filename),
    },
  };
}

/**
 * The `activities.csv` of a Strava bulk export ("Download your data"): one activity summary per
 * row, no laps. Rows that cannot be read become problems; the others are still imported.
 */
export function parseStravaActivitiesCsv(text: string, file: string): ParseResult {
  if (text.trim() === '') return refuse(file, 'empty', 'The file is empty.');
  const records = readRecords(text);
  if (!Array.isArray(records)) return refuse(file, records.code, records.message);
  const [header, ...rows] = records;
  const columns = header === undefined ? null : locateColumns(header);
  if (header === undefined || columns === null) {
    return refuse(
      file,
      'unsupported-format',
      'This is not a Strava activities.csv: the header must start with "Activity ID" and name Activity Date, Activity Type and Elapsed Time.',
    );
  }
  if (rows.length === 0) return refuse(file, 'not-an-activity', 'The CSV lists no activities.');
  const activities: Activity[] = [];
  const problems: ImportProblem[] = [];
  rows.forEach((row, rowIndex) => {
    if (rowIndex === rows.length - 1 && row.length < header.length) {
      problems.push({
        file,
        code: 'truncated',
        message: `The last row has ${row.length} of ${header.length} fields: the file is cut off.`,
      });
      return;
    }
    const outcome = readRow(row, rowIndex, columns, file);
    if ('activity' in outcome) activities.push(outcome.activity);
    else problems.push(outcome.problem);
  });
  return { activities, problems };
}
