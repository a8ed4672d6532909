import fc from 'fast-check';
import { addDays, type IsoDate } from '../calendar/iso-date';
import { WEEKDAYS } from '../calendar/weekday';
import { INJURY_AREAS } from '../catalogue/exercise.schema';
import {
  type RunnerProfile,
  type RunnerProfileInput,
  runnerProfileSchema,
} from '../profile/profile.schema';
import { validateProfile } from '../profile/validate-profile';
import { PROGRAMME_IDS } from '../programmes/registry';

/** The example profile: a half-marathon build, Tuesday and Thursday quality, Saturday long. */
export const EXAMPLE_PROFILE: RunnerProfileInput = {
  version: 1,
  startDate: '2027-01-04',
  weeks: 16,
  experience: 'intermediate',
  units: 'metric',
  sessionsPerWeek: 2,
  minutesPerSession: 35,
  runningWeek: {
    mon: 'rest',
    tue: 'quality',
    wed: 'easy',
    thu: 'quality',
    fri: 'rest',
    sat: 'long',
    sun: 'easy',
  },
  unavailableDays: ['fri'],
  race: { date: '2027-04-25', distance: 'half-marathon' },
  equipment: {
    bands: ['light', 'medium', 'heavy'],
    dumbbells: { maxKg: 20 },
    kettlebells: { kg: [12, 16] },
    weightVest: { kg: 10 },
    box: { heightsCm: [30, 45, 60] },
    pullUpBar: true,
    bench: true,
    barbell: false,
  },
  injuries: [{ area: 'achilles', status: 'history' }],
};

/** Parses a profile the test knows is valid; a typo in a test shows up here, loudly. */
export const profileOf = (input: RunnerProfileInput): RunnerProfile => {
  const result = validateProfile(input);
  if (!result.ok) throw new Error(`test profile is invalid: ${JSON.stringify(result.error)}`);
  return result.value;
};

export const example = (overrides: Partial<RunnerProfileInput> = {}): RunnerProfile =>
  profileOf({ ...EXAMPLE_PROFILE, ...overrides });

const runDay = fc.constantFrom('rest', 'easy', 'quality', 'long', 'easy', 'rest') as fc.Arbitrary<
  'rest' | 'easy' | 'quality' | 'long'
>;

/** Random valid profiles: any week, equipment, injuries, programme, with or without a race. */
export const arbitraryProfile: fc.Arbitrary<RunnerProfile> = fc
  .record({
    start: fc.integer({ min: 0, max: 3000 }),
    weeks: fc.integer({ min: 1, max: 30 }),
    raceDayOffset: fc.integer({ min: 0, max: 6 }),
    hasRace: fc.boolean(),
    experience: fc.constantFrom('novice', 'intermediate', 'advanced'),
    sessionsPerWeek: fc.integer({ min: 1, max: 3 }),
    minutesPerSession: fc.integer({ min: 20, max: 90 }),
    runningWeek: fc.tuple(runDay, runDay, runDay, runDay, runDay, runDay, runDay),
    unavailable: fc.subarray([...WEEKDAYS], { maxLength: 4 }),
    bands: fc.subarray(['light', 'medium', 'heavy'] as const),
    dumbbells: fc.option(fc.integer({ min: 4, max: 40 }), { nil: undefined }),
    kettlebells: fc.option(fc.uniqueArray(fc.constantFrom(8, 12, 16, 20, 24), { minLength: 1 }), {
      nil: undefined,
    }),
    vest: fc.option(fc.integer({ min: 5, max: 20 }), { nil: undefined }),
    box: fc.option(fc.uniqueArray(fc.constantFrom(20, 30, 45, 60, 75), { minLength: 1 }), {
      nil: undefined,
    }),
    pullUpBar: fc.boolean(),
    bench: fc.boolean(),
    barbell: fc.boolean(),
    injuries: fc.uniqueArray(
      fc.record({
        area: fc.constantFrom(...INJURY_AREAS),
        status: fc.constantFrom('history', 'current'),
      }),
      { maxLength: 3, selector: (i) => i.area },
    ),
    program: fc.option(fc.constantFrom(...PROGRAMME_IDS), { nil: undefined }),
  })
  .map((r) => {
    const startDate = addDays('2026-01-05' as IsoDate, r.start);
    const input: RunnerProfileInput = {
      version: 1,
      startDate,
      experience: r.experience as RunnerProfile['experience'],
      sessionsPerWeek: r.sessionsPerWeek,
      minutesPerSession: r.minutesPerSession,
      runningWeek: Object.fromEntries(
        WEEKDAYS.map((d, i) => [d, r.runningWeek[i]]),
      ) as RunnerProfile['runningWeek'],
      unavailableDays: r.unavailable,
      equipment: {
        bands: r.bands,
        ...(r.dumbbells ? { dumbbells: { maxKg: r.dumbbells } } : {}),
        ...(r.kettlebells ? { kettlebells: { kg: r.kettlebells } } : {}),
        ...(r.vest ? { weightVest: { kg: r.vest } } : {}),
        ...(r.box ? { box: { heightsCm: r.box } } : {}),
        pullUpBar: r.pullUpBar,
        bench: r.bench,
        barbell: r.barbell,
      },
      injuries: r.injuries as RunnerProfile['injuries'],
      ...(r.program ? { program: r.program } : {}),
      ...(r.hasRace
        ? {
            race: {
              date: addDays(startDate, (r.weeks - 1) * 7 + r.raceDayOffset),
              distance: '10k' as const,
            },
          }
        : { weeks: r.weeks }),
    };
    return runnerProfileSchema.parse(input);
  })
  .filter((p) => validateProfile(p).ok);
