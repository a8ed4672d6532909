import { CrcCalculator } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { expandCompressedTimestamps, expandTimeOffset } from './compressed-timestamps';
import { decodeFit } from './decode-fit';
import { numberField } from './fit-values';

const RECORD = 20; // global message number of `record`
const UINT8 = 0x02;
const UINT32 = 0x86;

/** A whole FIT file around `data`: 14-byte header with CRC, data, data CRC. */
function fitFile(data: number[]): Uint8Array {
  const header = [14, 0x10, 0x00, 0x00, 0, 0, 0, 0, 0x2e, 0x46, 0x49, 0x54, 0, 0];
  const bytes = new Uint8Array(header.length + data.length + 2);
  bytes.set(header);
  new DataView(bytes.buffer).setUint32(4, data.length, true);
  const headerCrc = CrcCalculator.calculateCRC(bytes, 0, 12);
  bytes.set([headerCrc & 0xff, headerCrc >> 8], 12);
  bytes.set(data, 14);
  const crc = CrcCalculator.calculateCRC(bytes, 0, 14 + data.length);
  bytes.set([crc & 0xff, crc >> 8], 14 + data.length);
  return bytes;
}

// Local type 1: record with timestamp and heart rate. Local type 0: record with heart rate only,
// used with compressed timestamp headers (0x80 | local << 5 | 5-bit time offset).
const fullRecordDefinition = [0x41, 0, 0, RECORD, 0, 2, 253, 4, UINT32, 3, 1, UINT8];
const shortRecordDefinition = [0x40, 0, 0, RECORD, 0, 1, 3, 1, UINT8];
const TIME = 1000; // low 5 bits: 8

function recordsOf(data: number[]): { timestamp: number | null; heartRate: number | null }[] {
  const decoded = decodeFit(fitFile(data));
  expect(decoded?.issues).toEqual([]);
  return (decoded?.records ?? []).map((record) => ({
    timestamp: numberField(record, 'timestamp'),
    heartRate: numberField(record, 'heartRate'),
  }));
}

describe('expandTimeOffset', () => {
  it('replaces the low 5 bits of the last timestamp with the offset', () => {
    expect(expandTimeOffset(TIME, 10)).toBe(1002);
  });

  it('rolls over to the next 32 seconds when the offset is below the last low bits', () => {
    expect(expandTimeOffset(1002, 2)).toBe(1026);
  });
});

describe('expandCompressedTimestamps', () => {
  it('leaves data without compressed headers alone', () => {
    const data = new Uint8Array([...fullRecordDefinition, 0x01, 0xe8, 0x03, 0, 0, 100]);
    expect(expandCompressedTimestamps(data)).toBeNull();
  });

  it('lets the SDK date compressed-timestamp records, and read plain ones after them', () => {
    // biome-ignore format: one message per line
    const records = recordsOf([
      ...fullRecordDefinition,
      0x01, 0xe8, 0x03, 0x00, 0x00, 100, // record at 1000 s, HR 100
      ...shortRecordDefinition,
      0x80 | 10, 101, // offset 10 -> 1002 s
      0x80 | 2, 102, // offset 2 < 10 -> rolls over to 1026 s
      0x00, 103, // a plain message of the same local type: undated
      0x80 | 3, 104, // -> 1027 s
    ]);
    expect(records).toEqual([
      { timestamp: 1000, heartRate: 100 },
      { timestamp: 1002, heartRate: 101 },
      { timestamp: 1026, heartRate: 102 },
      { timestamp: null, heartRate: 103 },
      { timestamp: 1027, heartRate: 104 },
    ]);
  });

  it('keeps a compressed record that comes before any full timestamp, undated', () => {
    const records = recordsOf([...shortRecordDefinition, 0x80 | 4, 99]);
    expect(records).toEqual([{ timestamp: null, heartRate: 99 }]);
  });

  it('keeps the bytes it cannot walk, so the SDK still reports them', () => {
    // A compressed record, then a data message for a local type never defined.
    // biome-ignore format: one message per line
    const data = new Uint8Array([
      ...fullRecordDefinition,
      0x01, 0xe8, 0x03, 0x00, 0x00, 100,
      ...shortRecordDefinition,
      0x80 | 10, 101,
      0x07, 1, 2, 3,
    ]);
    const expanded = expandCompressedTimestamps(data);
    expect(Array.from(expanded?.subarray(-4) ?? [])).toEqual([0x07, 1, 2, 3]);
  });
});
