import { describe, expect, it } from 'vitest';
import { splitFitParts } from './fit-parts';
import { readFitFixture } from './test-support/fit-fixture';

describe('splitFitParts', () => {
  it('finds the 4 chained parts of the triathlon file, each intact', () => {
    const layout = splitFitParts(readFitFixture('garmin-fr920xt-triathlon-chained.fit'));
    // SOURCES.md: 4 FIT headers; the first data_size covers 56289 of 80854 bytes.
    expect(layout?.parts.map((part) => part.dataSize)[0]).toBe(56_289);
    expect(layout?.parts).toHaveLength(4);
    expect(layout?.parts.every((part) => part.complete && part.crcOk)).toBe(true);
    expect(layout?.trailingBytes).toBe(0);
  });

  it('marks a part whose declared size runs past the end of the file as incomplete', () => {
    // SOURCES.md: data_size 78236, so 78252 bytes expected, but the file has 78233.
    const layout = splitFitParts(readFitFixture('strava-android-run-malformed.fit'));
    expect(layout?.parts).toEqual([
      expect.objectContaining({ dataSize: 78_236, complete: false, crcOk: false }),
    ]);
  });

  it('counts bytes after the last part that are no FIT header as trailing', () => {
    const file = readFitFixture('garmin-fenix5-run-tiny-hrv.fit');
    const padded = new Uint8Array(file.length + 3);
    padded.set(file);
    const layout = splitFitParts(padded);
    expect(layout?.parts).toHaveLength(1);
    expect(layout?.trailingBytes).toBe(3);
  });

  it('returns null for bytes that do not start with a FIT header', () => {
    expect(splitFitParts(new TextEncoder().encode('not a FIT file at all'))).toBeNull();
    expect(splitFitParts(new Uint8Array([14, 0x10]))).toBeNull();
  });
});
