import type { Activity, ImportProblem, ImportProblemCode, ParseResult } from '../activity';
import { type DecodedFit, decodeFit, type FitIssue } from './decode-fit';
import { lapsBySession } from './fit-laps';
import { fitTiming } from './fit-timing';
import { type FitMessage, stringField } from './fit-values';
import { recordsToActivity } from './records-to-activity';
import { sessionToActivity } from './session-to-activity';

/**
 * Garmin FIT bytes in, activities out: one per `session` message (a multisport file gives every
 * leg), from the totals the device wrote. Never throws.
 *
 * Damaged files: whatever decodes before the damage is used, and a problem ('truncated' or
 * 'corrupted') is returned beside the activities to say so. A file whose recording was never
 * closed (samples, no session) is summarised from its samples, with a problem saying that too.
 */
export function parseFit(bytes: Uint8Array, file: string): ParseResult {
  try {
    return parseDecodable(bytes, file);
  } catch (error) {
    // The SDK catches its own failures; this is for ours, so that no exception escapes.
    const reason = error instanceof Error ? error.message : String(error);
    return failure(file, 'corrupted', `${file} could not be read as a FIT file (${reason}).`);
  }
}

function parseDecodable(bytes: Uint8Array, file: string): ParseResult {
  if (bytes.length === 0) return failure(file, 'empty', `${file} is empty.`);
  const decoded = decodeFit(bytes);
  if (decoded === null) {
    return failure(
      file,
      'unsupported-format',
      `${file} is not a FIT file: it does not start with a FIT header.`,
    );
  }
  const fileType = decoded.fileIds.map((fileId) => stringField(fileId, 'type')).find(Boolean);
  if (fileType && fileType !== 'activity') {
    return failure(
      file,
      'not-an-activity',
      `${file} is a FIT "${fileType}" file, not a recorded activity.`,
    );
  }
  return decoded.sessions.length > 0 ? fromSessions(decoded, file) : fromRecords(decoded, file);
}

function fromSessions(decoded: DecodedFit, file: string): ParseResult {
  const timings = decoded.sessions.map(fitTiming);
  const laps = lapsBySession(decoded.laps, timings);
  const sportFor = (index: number): FitMessage | null =>
    decoded.sports.length === decoded.sessions.length ? (decoded.sports[index] ?? null) : null;

  const activities: Activity[] = [];
  const problems: ImportProblem[] = [];
  decoded.sessions.forEach((session, index) => {
    const timing = timings[index] ?? fitTiming(session);
    const activity = sessionToActivity({
      file,
      indexInFile: index,
      session,
      timing,
      laps: laps[index] ?? [],
      records: decoded.records,
      sportMessage: sportFor(index),
    });
    if (activity) activities.push(activity);
    else {
      problems.push({
        file,
        code: 'corrupted',
        message: `${file}: session ${index + 1} of ${decoded.sessions.length} states no duration and was skipped.`,
      });
    }
  });

  if (decoded.issues.length > 0) {
    const cutShort = decoded.issues.some((issue) => issue.kind === 'truncated');
    const imported =
      activities.length === 0
        ? 'No activity could be read from it.'
        : cutShort
          ? 'The activity summary written before the break was imported; samples after it are missing.'
          : 'The activity summary it holds was imported as written, but some values may be damaged.';
    problems.unshift(issueProblem(file, decoded.issues, imported));
  }
  return { activities, problems };
}

function fromRecords(decoded: DecodedFit, file: string): ParseResult {
  if (decoded.records.length === 0) {
    if (decoded.issues.length > 0) {
      return {
        activities: [],
        problems: [issueProblem(file, decoded.issues, 'No activity could be read from it.')],
      };
    }
    return failure(
      file,
      'not-an-activity',
      `${file} holds no activity: no session and no samples.`,
    );
  }
  const summary = recordsToActivity({
    file,
    records: decoded.records,
    events: decoded.events,
    sportMessage: decoded.sports[0] ?? null,
  });
  if (!summary.ok) {
    const problem =
      decoded.issues.length > 0
        ? issueProblem(file, decoded.issues, `Its samples cannot be summarised: ${summary.reason}.`)
        : {
            file,
            code: 'not-an-activity' as const,
            message: `${file} has no session summary, and its samples cannot be summarised: ${summary.reason}.`,
          };
    return { activities: [], problems: [problem] };
  }
  const derived = `It has no session summary, so the activity was summarised from its ${summary.sampleCount} samples: start, duration, distance and timer time only.`;
  return {
    activities: [summary.activity],
    problems: decoded.issues.length > 0 ? [issueProblem(file, decoded.issues, derived)] : [],
  };
}

/** One problem for all the damage found: 'truncated' when the file was cut short, else 'corrupted'. */
function issueProblem(file: string, issues: readonly FitIssue[], outcome: string): ImportProblem {
  const code: ImportProblemCode = issues.some((issue) => issue.kind === 'truncated')
    ? 'truncated'
    : 'corrupted';
  const what = code === 'truncated' ? 'is cut short' : 'is damaged';
  const details = issues.map((issue) => issue.detail).join('; ');
  return { file, code, message: `${file} ${what}: ${details}. ${outcome}` };
}

function failure(file: string, code: ImportProblemCode, message: string): ParseResult {
  return { activities: [], problems: [{ file, code, message }] };
}
