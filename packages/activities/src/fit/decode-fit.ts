import { Decoder, Stream } from '@garmin/fitsdk';
import { expandCompressedTimestamps } from './compressed-timestamps';
import { type FitPart, splitFitParts } from './fit-parts';
import { type FitMessage, messageList } from './fit-values';

/** Something wrong with the bytes, found while decoding; the messages before it still count. */
export interface FitIssue {
  kind: 'truncated' | 'corrupted';
  detail: string;
}

export interface DecodedFit {
  fileIds: FitMessage[];
  sessions: FitMessage[];
  laps: FitMessage[];
  records: FitMessage[];
  events: FitMessage[];
  sports: FitMessage[];
  issues: FitIssue[];
}

const MESSAGE_KEYS = {
  fileIds: 'fileIdMesgs',
  sessions: 'sessionMesgs',
  laps: 'lapMesgs',
  records: 'recordMesgs',
  events: 'eventMesgs',
  sports: 'sportMesgs',
} as const;

/**
 * SDK options. Date-times stay raw numbers: the SDK would turn device-relative "system time" into
 * 1990 dates. Heart rates are not merged into records: only session and lap summaries are used.
 * Components stay expanded: that is how the FR70's compressed speed/distance becomes `distance`.
 */
const READ_OPTIONS = {
  convertDateTimesToDates: false,
  mergeHeartRates: false,
  expandComponents: true,
  expandSubFields: true,
  applyScaleAndOffset: true,
  convertTypesToStrings: true,
  includeUnknownData: false,
  dataOnly: true,
} as const;

const CRC_SIZE = 2;

interface DecoderInput {
  bytes: Uint8Array;
  /** File offset of `bytes[0]`, or null when the bytes were rewritten and offsets mean nothing. */
  fileOffset: number | null;
}

/**
 * The bytes the SDK decodes for one part, in its "data only" mode: the messages, then two bytes it
 * takes for the CRC without checking (the CRC was checked already). A part cut short has no CRC;
 * it is passed as it is, so no made-up bytes can complete a message.
 */
function decoderInput(part: FitPart): DecoderInput {
  const data = part.bytes.subarray(part.headerSize, part.headerSize + part.dataSize);
  const expanded = expandCompressedTimestamps(data);
  if (expanded === null) {
    return {
      bytes: part.bytes.subarray(part.headerSize),
      fileOffset: part.offset + part.headerSize,
    };
  }
  if (!part.complete) return { bytes: expanded, fileOffset: null };
  const withCrc = new Uint8Array(expanded.length + CRC_SIZE);
  withCrc.set(expanded);
  return { bytes: withCrc, fileOffset: null };
}

function partName(part: FitPart, count: number): string {
  return count > 1 ? `part at byte ${part.offset}` : 'file';
}

function partIssues(part: FitPart, count: number): FitIssue[] {
  const where = partName(part, count);
  if (!part.complete) {
    const present = Math.max(0, part.bytes.length - part.headerSize);
    return [
      {
        kind: 'truncated',
        detail: `the ${where} declares ${part.dataSize} bytes of data but only ${present} are present`,
      },
    ];
  }
  if (!part.crcOk) return [{ kind: 'corrupted', detail: `the ${where} fails its checksum` }];
  return [];
}

function decoderIssue(error: unknown, input: DecoderInput, where: string): FitIssue {
  const text = error instanceof Error ? error.message : String(error);
  // The SDK counts bytes from the start of what it was given: shift that to the file's count.
  const located = text.replace(/ at byte (\d+)/, (_match, position: string) =>
    input.fileOffset === null ? '' : ` at byte ${Number(position) + input.fileOffset}`,
  );
  return {
    kind: /end of stream/i.test(text) ? 'truncated' : 'corrupted',
    detail: `decoding the ${where} stopped early (${located})`,
  };
}

/**
 * Decodes every part of a FIT file with the Garmin SDK, one part at a time so that a broken part
 * does not hide the others. Null when the bytes do not start with a FIT header.
 */
export function decodeFit(bytes: Uint8Array): DecodedFit | null {
  const layout = splitFitParts(bytes);
  if (layout === null) return null;

  const decoded: DecodedFit = {
    fileIds: [],
    sessions: [],
    laps: [],
    records: [],
    events: [],
    sports: [],
    issues: [],
  };
  const count = layout.parts.length;
  for (const part of layout.parts) {
    decoded.issues.push(...partIssues(part, count));
    const input = decoderInput(part);
    const { messages, errors } = new Decoder(Stream.fromByteArray(input.bytes)).read(READ_OPTIONS);
    for (const [name, key] of Object.entries(MESSAGE_KEYS) as [
      keyof typeof MESSAGE_KEYS,
      string,
    ][]) {
      // concat, not push(...): a long ride has more records than a call takes arguments.
      decoded[name] = decoded[name].concat(messageList(messages, key));
    }
    const where = partName(part, count);
    decoded.issues.push(...errors.map((error) => decoderIssue(error, input, where)));
  }
  if (layout.trailingBytes > 0) {
    decoded.issues.push({
      kind: 'corrupted',
      detail: `${layout.trailingBytes} bytes after the last FIT part are not FIT data`,
    });
  }
  return decoded;
}
