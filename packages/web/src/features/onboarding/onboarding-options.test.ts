import {
  BAND_TENSIONS,
  EXPERIENCE_LEVELS,
  INJURY_AREAS,
  RACE_DISTANCES,
  RUN_DAY_TYPES,
  WEEKDAY_NAMES,
  WEEKDAYS,
} from '@runstrong/core';
import { describe, expect, it } from 'vitest';
import {
  BAND_OPTIONS,
  DAYS,
  EXPERIENCE_OPTIONS,
  INJURY_AREA_OPTIONS,
  RACE_DISTANCE_OPTIONS,
  RUN_TYPES,
} from './onboarding-options';

const values = (options: readonly { value: string }[]) => options.map((o) => o.value);

describe('the form offers exactly the core’s choices, in its order', () => {
  it('weekdays Monday to Sunday, with the core’s names', () => {
    expect(values(DAYS)).toEqual([...WEEKDAYS]);
    for (const day of DAYS) expect(day.label).toBe(WEEKDAY_NAMES[day.value]);
  });

  it('run types, race distances, experience levels, band tensions and injury areas', () => {
    expect(values(RUN_TYPES)).toEqual([...RUN_DAY_TYPES]);
    expect(values(RACE_DISTANCE_OPTIONS)).toEqual([...RACE_DISTANCES]);
    expect(values(EXPERIENCE_OPTIONS)).toEqual([...EXPERIENCE_LEVELS]);
    expect(values(BAND_OPTIONS)).toEqual([...BAND_TENSIONS]);
    expect(values(INJURY_AREA_OPTIONS)).toEqual([...INJURY_AREAS]);
  });
});
