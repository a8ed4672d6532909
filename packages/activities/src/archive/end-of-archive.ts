import { joinChunks } from './join-chunks';

/** PK 5 6: the end-of-central-directory record every complete zip archive closes with. */
const END_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
const END_RECORD_BYTES = 22;
/** The record is 22 bytes and a comment of at most 65 535: always within the last 65 557 bytes. */
export const TAIL_BYTES = END_RECORD_BYTES + 0xffff;
/** Zip64 archives put 0xFFFF here and the real count in a record of their own. */
const ZIP64_COUNT = 0xffff;

export interface EndRecord {
  /** Entries the archive says it holds; null when it defers to a Zip64 record. */
  entries: number | null;
}

const u16 = (bytes: Uint8Array, at: number): number =>
  (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);

/**
 * The end record in an archive's last TAIL_BYTES, or null when there is none: the archive was
 * cut off somewhere (fflate's streaming reader cannot tell when the cut falls between entries).
 */
export function findEndRecord(tail: Uint8Array): EndRecord | null {
  for (let at = tail.length - END_RECORD_BYTES; at >= 0; at--) {
    if (!END_SIGNATURE.every((byte, i) => tail[at + i] === byte)) continue;
    if (at + END_RECORD_BYTES + u16(tail, at + 20) > tail.length) continue;
    const entries = u16(tail, at + 10);
    return { entries: entries === ZIP64_COUNT ? null : entries };
  }
  return null;
}

/** The last TAIL_BYTES of a stream, keeping whole chunks (no copy per chunk, even 1-byte ones). */
export class StreamTail {
  private chunks: Uint8Array[] = [];
  /** Chunks before this index are no longer needed (dropped in batches, not one shift each). */
  private first = 0;
  private length = 0;

  push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    for (let oldest = this.chunks[this.first]; oldest !== undefined; ) {
      if (this.length - oldest.length < TAIL_BYTES) break;
      this.length -= oldest.length;
      this.first += 1;
      oldest = this.chunks[this.first];
    }
    if (this.first > 1024) {
      this.chunks = this.chunks.slice(this.first);
      this.first = 0;
    }
  }

  bytes(): Uint8Array {
    const all = joinChunks(this.chunks.slice(this.first));
    return all.subarray(Math.max(0, all.length - TAIL_BYTES));
  }
}
