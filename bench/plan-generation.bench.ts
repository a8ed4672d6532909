import { performance } from 'node:perf_hooks';
import {
  addDays,
  generatePlan,
  type IsoDate,
  type RunnerProfile,
  validateProfile,
  WEEKDAYS,
} from '@runstrong/core';
import fc from 'fast-check';

/**
 * Issue 2's benchmark: 16-week plans for 1,000 varied profiles, against a baseline that only
 * deep-copies each profile, timed in the same process so machine noise hits both alike.
 */
const PROFILES = 1_000;
const SEED = 20270104;

const runDay = fc.constantFrom('rest', 'easy', 'quality', 'long', 'easy') as fc.Arbitrary<
  'rest' | 'easy' | 'quality' | 'long'
>;

const profileArbitrary = fc.record({
  experience: fc.constantFrom('novice', 'intermediate', 'advanced'),
  sessionsPerWeek: fc.integer({ min: 1, max: 3 }),
  minutesPerSession: fc.integer({ min: 20, max: 75 }),
  week: fc.tuple(runDay, runDay, runDay, runDay, runDay, runDay, runDay),
  unavailable: fc.subarray([...WEEKDAYS], { maxLength: 3 }),
  withRace: fc.boolean(),
  kit: fc.constantFrom('none', 'bands', 'home-gym', 'full'),
  injuries: fc.subarray(
    ['achilles', 'it-band', 'knee', 'shin', 'plantar-fascia', 'hamstring'] as const,
    { maxLength: 2 },
  ),
});

const KITS = {
  none: { bands: [] },
  bands: { bands: ['light', 'medium', 'heavy'] },
  'home-gym': { bands: ['medium'], dumbbells: { maxKg: 20 }, box: { heightsCm: [30, 45] } },
  full: {
    bands: ['light', 'medium', 'heavy'],
    dumbbells: { maxKg: 30 },
    kettlebells: { kg: [12, 16, 24] },
    weightVest: { kg: 10 },
    box: { heightsCm: [30, 45, 60] },
    pullUpBar: true,
    bench: true,
    barbell: true,
  },
} as const;

export const variedProfiles = (count: number): RunnerProfile[] =>
  fc.sample(profileArbitrary, { numRuns: count, seed: SEED }).flatMap((r, i) => {
    const startDate = addDays('2027-01-04' as IsoDate, i % 7);
    const input = {
      version: 1,
      startDate,
      experience: r.experience,
      sessionsPerWeek: r.sessionsPerWeek,
      minutesPerSession: r.minutesPerSession,
      runningWeek: Object.fromEntries(WEEKDAYS.map((d, j) => [d, r.week[j]])),
      unavailableDays: r.unavailable,
      equipment: KITS[r.kit],
      injuries: r.injuries.map((area, j) => ({ area, status: j === 0 ? 'history' : 'current' })),
      ...(r.withRace
        ? { race: { date: addDays(startDate, 15 * 7 + 6), distance: 'half-marathon' } }
        : { weeks: 16 }),
    };
    const result = validateProfile(input);
    return result.ok ? [result.value] : [];
  });

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

const timeEach = (profiles: readonly RunnerProfile[], work: (p: RunnerProfile) => unknown) => {
  const times: number[] = [];
  const start = performance.now();
  for (const profile of profiles) {
    const t0 = performance.now();
    work(profile);
    times.push(performance.now() - t0);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  return {
    total,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    perSecond: (profiles.length / total) * 1000,
  };
};

export const benchPlanGeneration = (): string[] => {
  const profiles = variedProfiles(PROFILES);
  // Warm the JIT on a slice so both runs measure steady state.
  for (const profile of profiles.slice(0, 50)) generatePlan(profile);
  const baseline = timeEach(profiles, (p) => structuredClone(p));
  const plans = timeEach(profiles, (p) => generatePlan(p));
  const ms = (n: number) => `${n.toFixed(3)} ms`;
  return [
    `plan generation: ${profiles.length} varied 16-week profiles`,
    `  plans/s ${plans.perSecond.toFixed(0)}   p50 ${ms(plans.p50)}   p99 ${ms(plans.p99)}   (target: p50 < 2 ms)`,
    `  baseline (deep-copy the profile): ${baseline.perSecond.toFixed(0)}/s   p50 ${ms(baseline.p50)}`,
    `  ratio plan time / deep-copy time: ${(plans.total / baseline.total).toFixed(1)}×`,
  ];
};
