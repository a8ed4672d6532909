import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../import/test-support/strava-export';
import { crc32 } from './crc32';
import { gunzipWithin } from './gunzip';

const MiB = 1024 * 1024;
const FIT = fixtureBytes('fit/garmin-fr110-run-5laps.fit');
const GZ = gzipSync(FIT);

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

describe('crc32', () => {
  it('gives the standard check value, and continues across chunks', () => {
    // CRC-32/ISO-HDLC's published check: the CRC of "123456789".
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(strToU8('6789'), crc32(strToU8('12345')))).toBe(0xcbf43926);
  });
});

describe('gunzipWithin', () => {
  it('unpacks a gzip file to its bytes', () => {
    expect(gunzipWithin(GZ, 64 * MiB)).toEqual({ bytes: FIT, unpacked: FIT.length });
  });

  it('unpacks every member of a multi-member file, and accepts zero padding after it', () => {
    const two = concat(gzipSync(strToU8('hello ')), gzipSync(strToU8('world')), new Uint8Array(9));
    const out = gunzipWithin(two, MiB);
    expect('bytes' in out && new TextDecoder().decode(out.bytes)).toBe('hello world');
  });

  it('says truncated for a file cut in its header, its data or its checksum', () => {
    expect(gunzipWithin(GZ.subarray(0, GZ.length >> 1), 64 * MiB)).toMatchObject({
      code: 'truncated',
      message: 'The gzip data is cut off: unexpected EOF',
    });
    expect(gunzipWithin(GZ.subarray(0, GZ.length - 3), 64 * MiB)).toMatchObject({
      code: 'truncated',
      message: 'The gzip data is cut off in its checksum.',
    });
    const named = gzipSync(FIT, { filename: 'run.fit' });
    expect(gunzipWithin(named.subarray(0, 14), 64 * MiB)).toMatchObject({
      code: 'truncated',
      message: 'The gzip data is cut off in its header.',
    });
  });

  it('says corrupted for a checksum that does not match, damaged data, or junk after the end', () => {
    const badCrc = GZ.slice();
    badCrc[badCrc.length - 6] = (badCrc[badCrc.length - 6] ?? 0) ^ 1;
    expect(gunzipWithin(badCrc, 64 * MiB)).toMatchObject({
      code: 'corrupted',
      message: 'The gzip data is damaged: its checksum does not match what it unpacks to.',
    });
    const badData = GZ.slice();
    badData.fill(0xff, 20, 40);
    expect(gunzipWithin(badData, 64 * MiB)).toMatchObject({ code: 'corrupted' });
    expect(gunzipWithin(concat(GZ, strToU8('junk!junk!')), 64 * MiB)).toMatchObject({
      code: 'corrupted',
    });
  });

  it('stops a bomb just past its limit: 24 MiB of zeros against 4 MiB', () => {
    const bomb = gzipSync(new Uint8Array(24 * MiB));
    const out = gunzipWithin(bomb, 4 * MiB);
    expect(out).toMatchObject({
      code: 'too-large',
      message: 'The file unpacks to more than 4194304 bytes; it was not read further.',
    });
    // Slices sized to what is left at deflate's ~1032:1 ceiling: at most 16 KiB of input over.
    expect(out.unpacked).toBeLessThan(4 * MiB + 1032 * 16 * 1024);
  });
});
