import { gzipSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseTcx } from '../tcx/parse-tcx';
import { DEFAULT_IMPORT_LIMITS } from './limits';
import { parseActivityBytes } from './parse-activity-bytes';
import { fixtureBytes } from './test-support/strava-export';

const TCX = fixtureBytes('tcx/garmin-fr410-run-3laps-hr.tcx');
const tcxText = new TextDecoder().decode(TCX);

const utf16le = (text: string): Uint8Array => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + 2 * i] = code & 0xff;
    bytes[3 + 2 * i] = code >> 8;
  }
  return bytes;
};

describe('parseActivityBytes', () => {
  it('reads a file by its bytes, gzipped or not, whatever its name', () => {
    const expected = parseTcx(tcxText, 'run.bin');
    expect(parseActivityBytes('run.bin', TCX)).toEqual(expected);
    expect(parseActivityBytes('run.bin', gzipSync(TCX))).toEqual(expected);
  });

  it('decodes text with a UTF-16 byte-order mark', () => {
    expect(parseActivityBytes('run.tcx', utf16le(tcxText))).toEqual(parseTcx(tcxText, 'run.tcx'));
  });

  it('refuses a file over maxFileBytes, or one that unpacks past it, as too-large', () => {
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxFileBytes: 64 * 1024 };
    expect(parseActivityBytes('big.tcx', TCX, limits).problems).toEqual([
      {
        file: 'big.tcx',
        code: 'too-large',
        message: `The file is ${TCX.length} bytes; at most 65536 are read.`,
      },
    ]);
    expect(parseActivityBytes('big.tcx.gz', gzipSync(TCX), limits).problems).toEqual([
      {
        file: 'big.tcx.gz',
        code: 'too-large',
        message: 'The file unpacks to more than 65536 bytes; it was not read further.',
      },
    ]);
  });

  it('gives truncated and corrupted for damaged gzip, as node:zlib did', () => {
    const gz = gzipSync(TCX);
    expect(parseActivityBytes('cut.gz', gz.subarray(0, 1000)).problems[0]?.code).toBe('truncated');
    const damaged = gz.slice();
    damaged[damaged.length - 8] = (damaged[damaged.length - 8] ?? 0) ^ 0xff;
    expect(parseActivityBytes('bad.gz', damaged).problems[0]?.code).toBe('corrupted');
  });

  it('says what it does not read: an empty file, a zip, gzip in gzip, anything else', () => {
    const code = (bytes: Uint8Array) => parseActivityBytes('x', bytes).problems.map((p) => p.code);
    expect(code(new Uint8Array(0))).toEqual(['empty']);
    expect(code(zipSync({ 'a.tcx': TCX }))).toEqual(['unsupported-format']);
    expect(code(gzipSync(gzipSync(TCX)))).toEqual(['unsupported-format']);
    expect(code(strToU8('hello'))).toEqual(['unsupported-format']);
  });
});
