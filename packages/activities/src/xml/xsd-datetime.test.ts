import { describe, expect, it } from 'vitest';
import { parseXsdDateTime } from './xsd-datetime';

describe('parseXsdDateTime', () => {
  it('keeps the text as written and reads the instant', () => {
    expect(parseXsdDateTime('2020-12-27T15:43:49.000+01:00')).toEqual({
      iso: '2020-12-27T15:43:49.000+01:00',
      ms: Date.UTC(2020, 11, 27, 14, 43, 49),
    });
    expect(parseXsdDateTime(' 2025-05-02T15:51:15.692Z ')).toEqual({
      iso: '2025-05-02T15:51:15.692Z',
      ms: Date.UTC(2025, 4, 2, 15, 51, 15, 692),
    });
  });

  it('takes an offset-less time as UTC and says so with a Z', () => {
    expect(parseXsdDateTime('2012-12-26T21:29:53')).toEqual({
      iso: '2012-12-26T21:29:53Z',
      ms: Date.UTC(2012, 11, 26, 21, 29, 53),
    });
  });

  it('writes a basic-format offset in the extended form', () => {
    expect(parseXsdDateTime('2024-01-01T10:00:00-0530')?.iso).toBe('2024-01-01T10:00:00-05:30');
    expect(parseXsdDateTime('2024-01-01T10:00:00-0530')?.ms).toBe(Date.UTC(2024, 0, 1, 15, 30));
  });

  it.each([
    '',
    'yesterday',
    '2024-02-30T10:00:00Z',
    '2024-01-01T24:00:00Z',
    '0099-01-01T00:00:00Z',
    '2024-01-01T10:00:00+15:00',
    '2024-01-01 10:00:00Z',
  ])('refuses %j', (text) => {
    expect(parseXsdDateTime(text)).toBeNull();
  });
});
