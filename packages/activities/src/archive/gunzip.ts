import { FlateErrorCode, Gunzip } from 'fflate';
import { crc32 } from './crc32';
import { joinChunks } from './join-chunks';

/** Deflate's ceiling: one input byte never inflates to more than about 1032. */
const MAX_RATIO = 1032;
const MIN_SLICE_BYTES = 16 * 1024;
const MAX_SLICE_BYTES = 1024 * 1024;

/**
 * Compressed input is fed in slices no bigger than what is left of the limit allows at deflate's
 * ceiling, so a bomb is stopped within ~17 MB of its limit, never after allocating all it claims;
 * real files (a tenth of the ratio) still go in slices large enough for fflate's full speed.
 */
const sliceFor = (left: number): number =>
  Math.min(MAX_SLICE_BYTES, Math.max(MIN_SLICE_BYTES, Math.floor(left / MAX_RATIO)));

export type UnpackProblemCode = 'too-large' | 'truncated' | 'corrupted';

/** What was unpacked, or why not; `unpacked` counts every byte inflated either way. */
export type UnpackOutcome =
  | { bytes: Uint8Array; unpacked: number }
  | { code: UnpackProblemCode; message: string; unpacked: number };

interface Member {
  crc: number;
  size: number;
}

/** gzip's 8-byte trailer for what a member unpacked to: CRC-32 and size mod 2³², little-endian. */
const trailerOf = ({ crc, size }: Member): number[] =>
  [crc, size >>> 0].flatMap((n) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24]);

const trailerAt = (gz: Uint8Array, at: number, trailer: readonly number[]): boolean =>
  at >= 0 && trailer.every((byte, i) => gz[at + i] === byte);

/** The last member's trailer ends the file, or only zeros follow it (padding: gzip -d takes it). */
function endsWithTrailer(gz: Uint8Array, from: number, trailer: readonly number[]): boolean {
  for (let at = gz.length - 8; at >= from; at--) {
    if (at + 8 < gz.length && gz[at + 8] !== 0) return false;
    if (trailerAt(gz, at, trailer)) return true;
  }
  return false;
}

/** The file stops inside the trailer: it ends with the first 1–7 of its 8 bytes. */
const endsInsideTrailer = (gz: Uint8Array, trailer: readonly number[]): boolean =>
  [1, 2, 3, 4, 5, 6, 7].some((kept) =>
    trailer.slice(0, kept).every((byte, i) => gz[gz.length - kept + i] === byte),
  );

const flateCode = (error: unknown): number | undefined =>
  error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'number'
    ? error.code
    : undefined;

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * A whole gzip file unpacked to at most `maxBytes`, member after member, with each member's
 * CRC-32 and size checked against its trailer (fflate does not check them; node:zlib, which this
 * replaces, did). Zero padding after the last member is accepted, as gzip -d and node:zlib do.
 * Never throws.
 */
export function gunzipWithin(gz: Uint8Array, maxBytes: number): UnpackOutcome {
  const parts: Uint8Array[] = [];
  /** Per member: where its output ends, and where the next member starts in the input. */
  const members: { outputEnd: number; next: number }[] = [];
  let unpacked = 0;
  const gunzip = new Gunzip((data) => {
    unpacked += data.length;
    if (unpacked <= maxBytes) parts.push(data);
  });
  gunzip.onmember = (next) => {
    members.push({ outputEnd: unpacked, next });
  };
  let failure: unknown = null;
  try {
    for (let at = 0; at < gz.length && unpacked <= maxBytes; ) {
      const end = at + sliceFor(maxBytes - unpacked);
      gunzip.push(gz.subarray(at, end), end >= gz.length);
      at = end;
    }
  } catch (error) {
    failure = error;
  }
  if (unpacked > maxBytes) {
    return {
      code: 'too-large',
      message: `The file unpacks to more than ${maxBytes} bytes; it was not read further.`,
      unpacked,
    };
  }
  // Checksums only now, once the output is known to be within the limit: a bomb costs no CRC.
  const bytes = joinChunks(parts);
  const trailers: number[][] = [];
  let outputStart = 0;
  for (const end of [...members.map((m) => m.outputEnd), bytes.length]) {
    const member = bytes.subarray(outputStart, end);
    trailers.push(trailerOf({ crc: crc32(member), size: member.length }));
    outputStart = end;
  }
  const last = trailers.at(-1) ?? [];
  const intact =
    members.every(({ next }, i) => trailerAt(gz, next - 8, trailers[i] ?? [])) &&
    endsWithTrailer(gz, members.at(-1)?.next ?? 0, last);
  if (intact) return { bytes, unpacked };
  if (failure !== null) {
    return flateCode(failure) === FlateErrorCode.UnexpectedEOF
      ? { code: 'truncated', message: `The gzip data is cut off: ${messageOf(failure)}`, unpacked }
      : { code: 'corrupted', message: `The gzip data is damaged: ${messageOf(failure)}`, unpacked };
  }
  // fflate yields nothing, and no error, for a file that stops in its header.
  if (unpacked === 0) {
    return { code: 'truncated', message: 'The gzip data is cut off in its header.', unpacked };
  }
  return endsInsideTrailer(gz, last)
    ? { code: 'truncated', message: 'The gzip data is cut off in its checksum.', unpacked }
    : {
        code: 'corrupted',
        message: 'The gzip data is damaged: its checksum does not match what it unpacks to.',
        unpacked,
      };
}
