import { describe, expect, it } from 'vitest';
import { toSport, toSubSport } from './fit-sport';

describe('toSport', () => {
  it('maps the five sports RunStrong knows and calls the rest other', () => {
    expect(['running', 'cycling', 'walking', 'hiking', 'swimming'].map(toSport)).toEqual([
      'running',
      'cycling',
      'walking',
      'hiking',
      'swimming',
    ]);
    expect(['transition', 'generic', 'eBiking', 200, undefined].map(toSport)).toEqual([
      'other',
      'other',
      'other',
      'other',
      'other',
    ]);
  });
});

describe('toSubSport', () => {
  it("keeps the sub-sport in the FIT profile's spelling", () => {
    expect(['treadmill', 'trail', 'openWater', 'indoorCycling'].map(toSubSport)).toEqual([
      'treadmill',
      'trail',
      'open_water',
      'indoor_cycling',
    ]);
  });

  it('gives null when the file says nothing specific', () => {
    expect(['generic', 'all', 254, null, undefined].map(toSubSport)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
