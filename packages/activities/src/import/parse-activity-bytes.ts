import type { ImportProblem, ParseResult } from '../activity';
import { gunzipWithin } from '../archive/gunzip';
import { type DetectedFormat, detectFormat } from '../detect/detect-format';
import { parseFit } from '../fit/parse-fit';
import { parseGpx } from '../gpx/parse-gpx';
import { parseStravaActivitiesCsv } from '../strava/parse-strava-csv';
import { parseTcx } from '../tcx/parse-tcx';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';

export const NOT_AN_ACTIVITY_FILE =
  'Not a FIT, GPX, TCX or Strava activities.csv file (optionally gzipped).';

export const ZIP_NOT_READ_HERE =
  'A zip archive where one activity file was expected (inside a zip or a gzip file): unpack it and import it on its own.';

const refuse = (file: string, code: ImportProblem['code'], message: string): ParseResult => ({
  activities: [],
  problems: [{ file, code, message }],
});

/** Text of a file, honouring a UTF-16 byte-order mark (TextDecoder drops a UTF-8 one). */
const decodeText = (bytes: Uint8Array): string => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
};

const parseDetected = (file: string, bytes: Uint8Array, format: DetectedFormat): ParseResult => {
  try {
    switch (format) {
      case 'fit':
        return parseFit(bytes, file);
      case 'gpx':
        return parseGpx(decodeText(bytes), file);
      case 'tcx':
        return parseTcx(decodeText(bytes), file);
      case 'strava-csv':
        return parseStravaActivitiesCsv(decodeText(bytes), file);
      case 'zip':
        return refuse(file, 'unsupported-format', ZIP_NOT_READ_HERE);
      case 'gzip':
        return refuse(file, 'unsupported-format', 'A gzip file inside a gzip file is not read.');
      default:
        return refuse(file, 'unsupported-format', NOT_AN_ACTIVITY_FILE);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return refuse(file, 'corrupted', `The file could not be parsed: ${message.split('\n')[0]}`);
  }
};

export interface UnpackedParse {
  result: ParseResult;
  /** What the file turned out to be, past any gzip. */
  format: DetectedFormat;
  /** Bytes gunzipped (0 for a file that was not gzipped). */
  unpacked: number;
}

/**
 * One file's bytes to activities and problems, gunzipping to at most `maxUnpackedBytes` first (an
 * import passes what its archive has left when that is less than the per-file limit).
 */
export const parseUnpacked = (
  file: string,
  raw: Uint8Array,
  maxUnpackedBytes: number,
): UnpackedParse => {
  if (raw.length === 0) {
    return { result: refuse(file, 'empty', 'The file is empty.'), format: 'unknown', unpacked: 0 };
  }
  const format = detectFormat(file, raw);
  if (format !== 'gzip') return { result: parseDetected(file, raw, format), format, unpacked: 0 };
  const gunzipped = gunzipWithin(raw, maxUnpackedBytes);
  if (!('bytes' in gunzipped)) {
    return {
      result: refuse(file, gunzipped.code, gunzipped.message),
      format,
      unpacked: gunzipped.unpacked,
    };
  }
  const inner = detectFormat(file, gunzipped.bytes);
  return {
    result: parseDetected(file, gunzipped.bytes, inner),
    format: inner,
    unpacked: gunzipped.unpacked,
  };
};

/** A whole file: refused over `maxFileBytes` before anything else, else parsed as above. */
export const parseFile = (file: string, bytes: Uint8Array, limits: ImportLimits): UnpackedParse => {
  if (bytes.length <= limits.maxFileBytes) return parseUnpacked(file, bytes, limits.maxFileBytes);
  return {
    result: refuse(
      file,
      'too-large',
      `The file is ${bytes.length} bytes; at most ${limits.maxFileBytes} are read.`,
    ),
    format: 'unknown',
    unpacked: 0,
  };
};

/**
 * One file's bytes to activities and problems: gzip is unpacked once (to at most
 * `limits.maxFileBytes`, as is the file itself), the format is read from the bytes, never the
 * name. Never throws: a parser failure is a problem.
 */
export const parseActivityBytes = (
  file: string,
  bytes: Uint8Array,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): ParseResult => parseFile(file, bytes, limits).result;
