import { countActivities } from './run-words';
import type { ImportProblem, ImportResult } from './runs-types';

/**
 * The upload's pure parts: the server's limits, the progress bar's numbers and words, the
 * answer read into an outcome, and the one-line summary. Tested in node; the request itself is
 * in upload-request.ts.
 */

const MIB = 1024 * 1024;
/** The server's limits (POST /api/activities): each file, and one upload in all. */
export const FILE_LIMIT_BYTES = 64 * MIB;
export const UPLOAD_LIMIT_BYTES = 1024 * MIB;

/** What the file picker offers; anything else dropped on the area is sent and the server says. */
export const ACCEPTED_FILES = '.fit,.gpx,.tcx,.csv,.gz,.zip';

/** Whole per cent sent, 0–100: 100 only once every byte is sent. */
export const progressPercent = (sent: number, total: number): number => {
  if (!(total > 0)) return 0;
  if (sent >= total) return 100;
  return Math.min(99, Math.max(0, Math.floor((sent / total) * 100)));
};

const oneDecimal = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A size as Vite and most file managers print it, 1 kB = 1,000 bytes: "806 kB", "1.2 MB". */
export const formatBytes = (bytes: number): string => {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  if (bytes < 1_000_000_000) return `${oneDecimal.format(bytes / 1_000_000)} MB`;
  return `${oneDecimal.format(bytes / 1_000_000_000)} GB`;
};

/** The progress bar's words: "412 kB of 806 kB sent (51 %)". */
export const progressText = (sent: number, total: number): string =>
  `${formatBytes(Math.min(sent, total))} of ${formatBytes(total)} sent (${progressPercent(sent, total)} %)`;

/**
 * Why a choice of files cannot be sent at all, before sending it: nothing chosen, or more than
 * one upload may hold. A single file over its own limit is left to the server, which names it
 * among the problems and imports the rest.
 */
export const uploadTooLarge = (files: readonly { size: number }[]): string | null => {
  if (files.length === 0) return 'Choose at least one file.';
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > UPLOAD_LIMIT_BYTES) {
    return `These files come to ${formatBytes(total)}; one upload can be at most 1 GiB (${formatBytes(UPLOAD_LIMIT_BYTES)}). Upload them in smaller groups.`;
  }
  return null;
};

export type UploadOutcome =
  | { kind: 'imported'; result: ImportResult }
  | {
      kind: 'failed';
      status: number;
      code: string;
      message: string;
      /** Per file, when no file gave an activity (422 `no-activities`). */
      problems: ImportProblem[];
    }
  | { kind: 'cancelled' };

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; problems?: unknown };
}

const isProblem = (value: unknown): value is ImportProblem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ImportProblem).file === 'string' &&
  typeof (value as ImportProblem).code === 'string' &&
  typeof (value as ImportProblem).message === 'string';

const FALLBACK: Record<number, string> = {
  0: 'No connection: check your network and try again.',
  401: 'You are signed out: sign in again, then upload.',
  413: 'The upload is too large: each file can be at most 64 MiB, one upload at most 1 GiB.',
};

/**
 * The server's answer as an outcome. A 2xx is the import's result; anything else keeps the
 * server's code and words (`{ error: { code, message, problems? } }`), or says what the status
 * means when the body is not the API's (a proxy's 413 page, say).
 */
export const readUploadAnswer = (status: number, body: string): UploadOutcome => {
  let parsed: unknown;
  try {
    parsed = body ? JSON.parse(body) : undefined;
  } catch {
    parsed = undefined;
  }
  if (status >= 200 && status < 300 && typeof parsed === 'object' && parsed !== null) {
    const result = parsed as Partial<ImportResult>;
    return {
      kind: 'imported',
      result: {
        imported: result.imported ?? [],
        alreadyStored: result.alreadyStored ?? 0,
        duplicatesMerged: result.duplicatesMerged ?? 0,
        problems: result.problems ?? [],
        adaptation: {
          signals: result.adaptation?.signals ?? [],
          changes: result.adaptation?.changes ?? [],
        },
      },
    };
  }
  const error = (parsed as ErrorBody | undefined)?.error;
  const problems = Array.isArray(error?.problems) ? error.problems.filter(isProblem) : [];
  return {
    kind: 'failed',
    status,
    code:
      typeof error?.code === 'string' ? error.code : status === 0 ? 'offline' : `http-${status}`,
    message:
      typeof error?.message === 'string'
        ? error.message
        : (FALLBACK[status] ?? `The server answered ${status}.`),
    problems,
  };
};

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "2 runs imported, 1 already stored, 0 duplicates merged". Activities that are not all runs
 * (a ride in a Strava export) are counted as activities.
 */
export const importSummary = (result: ImportResult): string =>
  `${countActivities(result.imported)} imported, ${result.alreadyStored} already stored, ${counted(result.duplicatesMerged, 'duplicate', 'duplicates')} merged`;
