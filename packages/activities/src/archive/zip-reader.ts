import { FlateErrorCode, Unzip, type UnzipFile } from 'fflate';
import type { ImportProblemCode } from '../activity';
import { findEndRecord, StreamTail } from './end-of-archive';
import { joinChunks } from './join-chunks';
import { discarding, StoppableInflate, StoppablePassThrough } from './zip-decoders';

export interface ZipLimits {
  /** Most bytes one entry may unpack to. */
  maxFileBytes: number;
  /** Most bytes all entries may unpack to together (what the caller spends counts too). */
  maxUnpackedBytes: number;
  /** Most entries, directories included. */
  maxEntries: number;
}

export interface Refusal {
  code: ImportProblemCode;
  message: string;
}

export interface ZipReaderEvents {
  /**
   * An entry's first HEAD_BYTES (all of it when shorter): a refusal stops reading it, null goes on.
   * Called before any entry is handed over, so an archive of photos is not unpacked to find out.
   */
  check(path: string, head: Uint8Array): Refusal | null;
  /** A whole entry, within the limits. */
  entry(path: string, bytes: Uint8Array): void;
  /** An entry that was not read, or, with path null, the archive itself: then nothing more is. */
  problem(path: string | null, refusal: Refusal): void;
}

/**
 * fflate's Unzip recurses once per entry within a push and overflows the stack at ~2500 entries
 * in one: a slice holds at most ~1100 (30 bytes each at the least). One push of it inflates at
 * most ~33 MB, which bounds how far past its limit a bomb entry gets.
 */
const INPUT_SLICE_BYTES = 32 * 1024;

/** Enough of an entry to tell its format (detectFormat looks no further). */
const HEAD_BYTES = 8192;

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const GZIP = [0x1f, 0x8b];
const EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const DEFLATE = 8;
const STORED = 0;

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((byte, i) => bytes[i] === byte);

/** Folders, and what an archiver adds beside the files: macOS resource forks, dot files. */
const isSkipped = (path: string): boolean =>
  path.endsWith('/') ||
  path.split('/').some((segment) => segment.startsWith('.') || segment === '__MACOSX');

const messageOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

const ignore = (): void => {};

const STORED_WITH_DESCRIPTOR: Refusal = {
  code: 'unsupported-format',
  message:
    'Stored uncompressed with its size after the data (a data descriptor): read as a stream, its end cannot be told from its contents, so it is not read (a gzip file would be: it checks itself). Re-zip the export with compression.',
};

interface OpenEntry {
  path: string;
  chunks: Uint8Array[];
  size: number;
  checked: boolean;
  done: boolean;
}

/**
 * A zip archive read as a stream, with fflate's `Unzip`: entries are handed over as each one
 * completes, and every byte that comes out is counted as it does, so no size an archive declares
 * is trusted. An entry over `maxFileBytes` is stopped and reported; once all entries together pass
 * `maxUnpackedBytes`, or there are more than `maxEntries`, the archive is reported and the rest is
 * not read. Never throws: fflate's errors become problems.
 *
 * Where fflate falls short: it checks no CRC; it finds the end of an entry whose size comes after
 * its data (bit 3, a "data descriptor") by scanning for the next signature, which is safe for
 * deflate (a false match cuts the deflate stream, and inflating fails) but not for stored data, so
 * such stored entries are read only when they are gzip files, whose own CRC tells a cut; it
 * overflows the stack on thousands of entries in one push and copies its window on every push, so
 * input goes in slices of 32 KiB; and it says nothing when an archive stops between entries, so
 * the end record is looked for in the last bytes.
 */
export class ZipReader {
  private readonly unzip = new Unzip();
  private readonly tail = new StreamTail();
  private head: Uint8Array = new Uint8Array(0);
  private received = 0;
  private unpacked = 0;
  private entries = 0;
  private open: OpenEntry | null = null;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private stopped = false;
  private ended = false;
  /** Entries looked at: not folders or skipped files. */
  files = 0;

  constructor(
    private readonly limits: ZipLimits,
    private readonly events: ZipReaderEvents,
  ) {
    this.unzip.register(StoppableInflate);
    this.unzip.register(StoppablePassThrough);
    this.unzip.onfile = (file) => this.onFile(file);
  }

  /** Bytes the entries may still unpack to before the archive is over its limit. */
  get remainingBytes(): number {
    return Math.max(0, this.limits.maxUnpackedBytes - this.unpacked);
  }

  /**
   * Counts bytes unpacked on the archive's behalf (a gzip inside it, say). False, with the archive
   * reported and reading stopped, once the total is over the limit.
   */
  spend(bytes: number): boolean {
    this.unpacked += bytes;
    if (this.unpacked <= this.limits.maxUnpackedBytes) return true;
    this.stop(
      'too-large',
      `The archive unpacks to more than ${this.limits.maxUnpackedBytes} bytes; the rest was not read.`,
    );
    return false;
  }

  push(chunk: Uint8Array): void {
    if (this.ended || this.stopped || chunk.length === 0) return;
    this.received += chunk.length;
    this.tail.push(chunk);
    if (this.head.length < LOCAL_HEADER.length) {
      this.head = joinChunks([
        this.head,
        chunk.subarray(0, LOCAL_HEADER.length - this.head.length),
      ]);
      if (this.head.length === LOCAL_HEADER.length && !this.looksLikeZip()) {
        this.stop('unsupported-format', 'Not a zip archive.');
        return;
      }
    }
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= INPUT_SLICE_BYTES) this.flush();
  }

  /**
   * Small chunks are gathered first: fflate copies its 32 KiB window on every push, so a zip
   * trickled in a byte at a time would otherwise cost about a thousand times the work.
   */
  private flush(): void {
    const bytes = joinChunks(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    for (let at = 0; at < bytes.length && !this.stopped; at += INPUT_SLICE_BYTES) {
      try {
        this.unzip.push(bytes.subarray(at, at + INPUT_SLICE_BYTES));
      } catch (error) {
        this.stop('corrupted', `The archive is damaged (${messageOf(error)}); ${this.before()}.`);
      }
    }
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.stopped) return;
    if (this.received === 0) {
      this.stop('empty', 'The file is empty.');
      return;
    }
    if (!this.looksLikeZip()) {
      this.stop('unsupported-format', 'Not a zip archive.');
      return;
    }
    this.flush();
    if (this.stopped) return;
    try {
      this.unzip.push(new Uint8Array(0), true);
    } catch (error) {
      const cut =
        error !== null &&
        typeof error === 'object' &&
        'code' in error &&
        error.code === FlateErrorCode.InvalidZipData;
      this.stop(
        cut ? 'truncated' : 'corrupted',
        cut
          ? `The archive is cut off${this.open ? ` inside ${this.open.path}` : ''}; ${this.before()}.`
          : `The archive is damaged (${messageOf(error)}); ${this.before()}.`,
      );
      return;
    }
    const end = findEndRecord(this.tail.bytes());
    if (end === null) {
      this.stop(
        'truncated',
        `The archive is cut off: its end record is missing; ${this.before()}.`,
      );
    } else if (end.entries !== null && end.entries !== this.entries) {
      this.stop(
        'corrupted',
        `The archive lists ${end.entries} entries but ${this.entries} were found: it is damaged, and what was read may be incomplete.`,
      );
    } else if (this.files === 0) {
      this.stop('empty', 'The archive holds no files.');
    }
  }

  private looksLikeZip(): boolean {
    return startsWith(this.head, LOCAL_HEADER) || startsWith(this.head, EMPTY_ARCHIVE);
  }

  private before(): string {
    return this.files > 0 ? 'the entries before it were read' : 'no entry could be read';
  }

  /** Reports the archive once and reads no more of it. */
  private stop(code: ImportProblemCode, message: string): void {
    if (this.stopped) return;
    this.stopped = true;
    this.events.problem(null, { code, message });
  }

  private onFile(file: UnzipFile): void {
    // Past a stop fflate may still announce entries from the slice it is in: left unstarted, it
    // keeps at most that slice of them.
    if (this.stopped) return;
    this.entries += 1;
    if (this.entries > this.limits.maxEntries) {
      this.stop(
        'too-large',
        `The archive holds more than ${this.limits.maxEntries} entries; the rest was not read.`,
      );
      return;
    }
    const path = file.name;
    const known = file.compression === STORED || file.compression === DEFLATE;
    if (!known) this.unzip.register(discarding(file.compression));
    if (isSkipped(path)) {
      this.skip(file);
      return;
    }
    this.files += 1;
    if (!known) {
      this.skip(file);
      this.events.problem(path, {
        code: 'unsupported-format',
        message: `Compressed with method ${file.compression}, which is not read: only stored and deflated entries are.`,
      });
      return;
    }
    // fflate leaves the sizes out exactly when they follow the data (general purpose bit 3).
    this.read(file, path, file.compression === STORED && file.size === undefined);
  }

  private skip(file: UnzipFile): void {
    file.ondata = ignore;
    file.start();
    file.terminate();
  }

  /**
   * `storedWithDescriptor`: fflate ends such an entry at the first signature its data holds,
   * without an error, so only a gzip file is read that way: its own CRC and size tell a cut.
   */
  private read(file: UnzipFile, path: string, storedWithDescriptor: boolean): void {
    const entry: OpenEntry = { path, chunks: [], size: 0, checked: false, done: false };
    this.open = entry;
    const close = (refusal: Refusal | null): void => {
      entry.done = true;
      entry.chunks = [];
      if (this.open === entry) this.open = null;
      file.terminate();
      if (refusal !== null) this.events.problem(path, refusal);
    };
    file.ondata = (error, data, final) => {
      if (entry.done || this.stopped) return;
      if (error !== null) {
        close(
          error.code === FlateErrorCode.UnexpectedEOF
            ? {
                code: 'truncated',
                message: `The entry's compressed data is cut off: ${error.message}`,
              }
            : {
                code: 'corrupted',
                message: `The entry's compressed data is damaged: ${error.message}`,
              },
        );
        return;
      }
      if (data !== null && data.length > 0) {
        entry.size += data.length;
        if (!this.spend(data.length)) {
          close(null);
          return;
        }
        if (entry.size > this.limits.maxFileBytes) {
          close({
            code: 'too-large',
            message: `The file unpacks to more than ${this.limits.maxFileBytes} bytes; it was not read further.`,
          });
          return;
        }
        entry.chunks.push(data);
      }
      if (!entry.checked && (entry.size >= HEAD_BYTES || final)) {
        entry.checked = true;
        const head = joinChunks(entry.chunks);
        entry.chunks = [head];
        const refusal =
          storedWithDescriptor && !startsWith(head, GZIP)
            ? STORED_WITH_DESCRIPTOR
            : this.events.check(path, head);
        if (refusal !== null) {
          close(refusal);
          return;
        }
      }
      if (!final) return;
      // Only a check: the limits above count real bytes, whatever the header says.
      const declared = file.originalSize;
      if (declared !== undefined && declared !== entry.size) {
        close({
          code: 'corrupted',
          message: `The entry unpacks to ${entry.size} bytes where the archive says ${declared}: it is damaged.`,
        });
        return;
      }
      const bytes = joinChunks(entry.chunks);
      close(null);
      this.events.entry(path, bytes);
    };
    file.start();
  }
}
