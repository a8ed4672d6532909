import { gzipSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, streamedZip } from '../import/test-support/strava-export';
import { type Refusal, type ZipLimits, ZipReader } from './zip-reader';

const LIMITS: ZipLimits = {
  maxFileBytes: 1024 * 1024,
  maxUnpackedBytes: 8 * 1024 * 1024,
  maxEntries: 100,
};

interface Read {
  entries: [path: string, bytes: Uint8Array][];
  problems: [path: string | null, code: string][];
  messages: string[];
  files: number;
}

const read = (
  zip: Uint8Array,
  options: { limits?: ZipLimits; check?: (path: string, head: Uint8Array) => Refusal | null } = {},
): Read => {
  const out: Read = { entries: [], problems: [], messages: [], files: 0 };
  const reader = new ZipReader(options.limits ?? LIMITS, {
    check: options.check ?? (() => null),
    entry: (path, bytes) => out.entries.push([path, bytes]),
    problem: (path, { code, message }) => {
      out.problems.push([path, code]);
      out.messages.push(message);
    },
  });
  reader.push(zip);
  reader.end();
  out.files = reader.files;
  return out;
};

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** Where a local header keeps its compression method. */
const LOCAL_METHOD = 8;

describe('ZipReader', () => {
  it('hands over every file entry whole, by its path, and skips folders, dot files and __MACOSX', () => {
    const zip = zipSync({
      'a/run.txt': strToU8('first'),
      'a/': new Uint8Array(0),
      '.DS_Store': strToU8('junk'),
      'a/.hidden': strToU8('junk'),
      '__MACOSX/a/._run.txt': strToU8('fork'),
      'b.txt': [strToU8('stored'), { level: 0 }],
    });
    const { entries, problems, files } = read(zip);
    expect(problems).toEqual([]);
    expect(entries.map(([path, bytes]) => [path, text(bytes)])).toEqual([
      ['a/run.txt', 'first'],
      ['b.txt', 'stored'],
    ]);
    expect(files).toBe(2);
  });

  it('reads deflated entries whose sizes follow their data (a data descriptor, as streaming writers write)', () => {
    const fit = fixtureBytes('fit/garmin-fenix5-run-tiny-hrv.fit');
    const { entries, problems } = read(
      streamedZip([
        ['run.fit', fit, false],
        ['b.txt', strToU8('second'), false],
      ]),
    );
    expect(problems).toEqual([]);
    expect(entries.map(([path]) => path)).toEqual(['run.fit', 'b.txt']);
    expect(entries[0]?.[1]).toEqual(fit);
  });

  it('refuses a stored entry with a data descriptor as unsupported-format, and reads the entries after it', () => {
    // fflate finds the end of such an entry by scanning for the next signature: "PK\x07\x08" in
    // the data would cut it short without an error. The entry below holds exactly that.
    const tricky = strToU8('abcPK\u0007\u0008defghijklmnopqrstuvwxyz');
    const { entries, problems, messages } = read(
      streamedZip([
        ['stored.bin', tricky, true],
        ['after.txt', strToU8('after'), false],
      ]),
    );
    expect(problems).toEqual([['stored.bin', 'unsupported-format']]);
    expect(messages[0]).toContain('data descriptor');
    expect(entries.map(([path, bytes]) => [path, text(bytes)])).toEqual([['after.txt', 'after']]);
  });

  it('reads a stored gzip file with a data descriptor (as a streaming writer stores a .fit.gz)', () => {
    const gz = gzipSync(fixtureBytes('fit/garmin-fenix5-run-tiny-hrv.fit'));
    const { entries, problems } = read(streamedZip([['run.fit.gz', gz, true]]));
    expect(problems).toEqual([]);
    expect(entries).toEqual([['run.fit.gz', gz]]);
  });

  it('refuses an entry compressed with a method it cannot read, in constant memory, and reads the rest', () => {
    const zip = zipSync({ 'lzma.bin': strToU8('x'.repeat(5000)), 'b.txt': strToU8('fine') });
    zip[LOCAL_METHOD] = 14; // LZMA, in the local header the stream reader goes by
    const { entries, problems, messages } = read(zip);
    expect(problems).toEqual([['lzma.bin', 'unsupported-format']]);
    expect(messages[0]).toContain('method 14');
    expect(entries.map(([path]) => path)).toEqual(['b.txt']);
  });

  it('stops an entry at maxFileBytes as too-large and still reads the next one', () => {
    const zip = zipSync({
      'big.bin': new Uint8Array(LIMITS.maxFileBytes + 1),
      'b.txt': strToU8('ok'),
    });
    const { entries, problems } = read(zip);
    expect(problems).toEqual([['big.bin', 'too-large']]);
    expect(entries.map(([path]) => path)).toEqual(['b.txt']);
  });

  it('stops the archive once all entries pass maxUnpackedBytes or there are more than maxEntries', () => {
    const limits = { ...LIMITS, maxUnpackedBytes: 2 * 1024 * 1024, maxEntries: 3 };
    const half = new Uint8Array(800 * 1024);
    const bulky = read(
      zipSync({ 'a.bin': half, 'b.bin': half, 'c.bin': half, 'd.txt': strToU8('late') }),
      {
        limits,
      },
    );
    expect(bulky.entries.map(([path]) => path)).toEqual(['a.bin', 'b.bin']);
    expect(bulky.problems).toEqual([[null, 'too-large']]);
    expect(bulky.messages[0]).toBe(
      'The archive unpacks to more than 2097152 bytes; the rest was not read.',
    );
    const many = read(
      zipSync({
        '1.txt': strToU8('1'),
        '2.txt': strToU8('2'),
        '3.txt': strToU8('3'),
        '4.txt': strToU8('4'),
      }),
      { limits },
    );
    expect(many.entries.map(([path]) => path)).toEqual(['1.txt', '2.txt', '3.txt']);
    expect(many.problems).toEqual([[null, 'too-large']]);
    expect(many.messages[0]).toBe('The archive holds more than 3 entries; the rest was not read.');
  });

  it('lets the check refuse an entry from its first bytes without reading the rest', () => {
    const heads: number[] = [];
    const photo = new Uint8Array(1024 * 1024).fill(0xff);
    const { entries, problems } = read(
      zipSync({ 'photo.jpg': [photo, { level: 0 }], 'b.txt': strToU8('ok') }),
      {
        check: (path, head) => {
          heads.push(head.length);
          return path.endsWith('.jpg') ? { code: 'unsupported-format', message: 'a photo' } : null;
        },
      },
    );
    // The stored photo arrives a slice at a time: the check sees its first slice, not the megabyte.
    expect(heads[0]).toBeGreaterThanOrEqual(8192);
    expect(heads[0]).toBeLessThan(photo.length);
    expect(heads[1]).toBe(2);
    expect(problems).toEqual([['photo.jpg', 'unsupported-format']]);
    expect(entries.map(([path]) => path)).toEqual(['b.txt']);
  });

  it('reads 5 000 tiny entries given in one chunk (fflate alone overflows the stack at ~2 500)', () => {
    const files = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`f${i}`, strToU8('x')]),
    );
    const { entries, problems } = read(zipSync(files), {
      limits: { ...LIMITS, maxEntries: 50_000 },
    });
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(5000);
  });

  it('says truncated when the archive is cut inside an entry or between entries', () => {
    const zip = zipSync(
      { 'a.txt': strToU8('a'.repeat(3000)), 'b.txt': strToU8('b'.repeat(3000)) },
      { level: 0 },
    );
    const insideB = read(zip.subarray(0, 3200));
    expect(insideB.problems).toEqual([[null, 'truncated']]);
    expect(insideB.messages[0]).toBe(
      'The archive is cut off inside b.txt; the entries before it were read.',
    );
    expect(insideB.entries.map(([path]) => path)).toEqual(['a.txt']);
    // Cut in the central directory: fflate itself notices nothing.
    const inDirectory = read(zip.subarray(0, zip.length - 30));
    expect(inDirectory.entries.map(([path]) => path)).toEqual(['a.txt', 'b.txt']);
    expect(inDirectory.problems).toEqual([[null, 'truncated']]);
  });

  it('says corrupted when the entries found are not the ones the archive lists', () => {
    const zip = zipSync({ 'a.txt': strToU8('a'), 'b.txt': strToU8('b') });
    // The end record's "total entries" (offset 10 of the last 22 bytes) says 3.
    zip[zip.length - 12] = 3;
    const { entries, problems, messages } = read(zip);
    expect(entries).toHaveLength(2);
    expect(problems).toEqual([[null, 'corrupted']]);
    expect(messages[0]).toBe(
      'The archive lists 3 entries but 2 were found: it is damaged, and what was read may be incomplete.',
    );
  });

  it('says corrupted for an entry whose deflate data is damaged, and reads the others', () => {
    const zip = zipSync({ 'a.txt': strToU8('hello '.repeat(200)), 'b.txt': strToU8('fine') });
    const dataAt = 30 + 'a.txt'.length;
    zip.fill(0xff, dataAt, dataAt + 8);
    const { entries, problems } = read(zip);
    expect(problems).toEqual([['a.txt', 'corrupted']]);
    expect(entries.map(([path]) => path)).toEqual(['b.txt']);
  });

  it('says what is not a zip, and an empty one', () => {
    expect(read(strToU8('not a zip at all')).problems).toEqual([[null, 'unsupported-format']]);
    expect(read(new Uint8Array(0)).problems).toEqual([[null, 'empty']]);
    const onlyFolders = read(zipSync({ 'a/': new Uint8Array(0) }));
    expect(onlyFolders.problems).toEqual([[null, 'empty']]);
    expect(read(zipSync({})).problems).toEqual([[null, 'empty']]);
  });

  it('checks the header sizes it is given against what an entry really unpacks to', () => {
    const zip = zipSync({ 'a.txt': strToU8('hello') }, { level: 0 });
    // The local header's uncompressed size (offset 22) says 4 bytes; the compressed size stays 5.
    zip[22] = 4;
    const { entries, problems, messages } = read(zip);
    expect(entries).toEqual([]);
    expect(problems).toEqual([['a.txt', 'corrupted']]);
    expect(messages[0]).toBe(
      'The entry unpacks to 5 bytes where the archive says 4: it is damaged.',
    );
  });
});
