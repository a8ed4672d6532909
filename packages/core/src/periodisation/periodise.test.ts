import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Phase } from '../plan/plan.schema';
import { periodise } from './periodise';

const phasesOf = (weeks: number, hasRace: boolean, loadingWeeksBeforeDeload = 4): Phase[] =>
  periodise({ weeks, hasRace, loadingWeeksBeforeDeload }).map((w) => w.phase);

const longestLoadingRun = (phases: readonly Phase[]): number => {
  let longest = 0;
  let run = 0;
  for (const phase of phases) {
    run = phase === 'deload' || phase === 'taper' ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest;
};

const count = (phases: readonly Phase[], phase: Phase) => phases.filter((p) => p === phase).length;

describe('periodisation', () => {
  it('B10: a 16-week race build runs foundation → strength → power → taper', () => {
    const phases = phasesOf(16, true);
    expect(phases).toHaveLength(16);
    const order = phases.filter((p) => p !== 'deload').filter((p, i, all) => all[i - 1] !== p);
    expect(order).toEqual(['foundation', 'strength', 'power', 'taper']);
    expect(phases.at(-1)).toBe('taper');
  });

  it('B10: each phase stays within its range of weeks in a 16-week build', () => {
    const phases = phasesOf(16, true);
    expect(count(phases, 'foundation')).toBeGreaterThanOrEqual(3);
    expect(count(phases, 'foundation')).toBeLessThanOrEqual(5);
    expect(count(phases, 'strength')).toBeGreaterThanOrEqual(4);
    expect(count(phases, 'strength')).toBeLessThanOrEqual(6);
    expect(count(phases, 'power')).toBeGreaterThanOrEqual(4);
    expect(count(phases, 'power')).toBeLessThanOrEqual(5);
  });

  it('B19: a 16-week build has deloads and never more than 6 loading weeks in a row', () => {
    const phases = phasesOf(16, true);
    expect(count(phases, 'deload')).toBeGreaterThanOrEqual(2);
    expect(longestLoadingRun(phases)).toBeLessThanOrEqual(6);
  });

  it('B12: with a race the last week is the taper; without one there is none', () => {
    expect(phasesOf(10, true).at(-1)).toBe('taper');
    expect(phasesOf(10, false)).not.toContain('taper');
  });

  it('B11: weeks beyond a full build without a race are maintenance', () => {
    const phases = phasesOf(30, false);
    expect(phases.at(-1)).toBe('maintenance');
    expect(phases.indexOf('maintenance')).toBeGreaterThan(phases.lastIndexOf('power'));
  });

  it('A5: short blocks stay in the foundation stage', () => {
    expect(phasesOf(3, false)).toEqual(['foundation', 'foundation', 'foundation']);
  });

  test.prop([fc.integer({ min: 1, max: 52 }), fc.boolean(), fc.integer({ min: 3, max: 6 })])(
    'B19 and B10 over any length: one phase per week, loading runs ≤ 6, phases in order',
    (weeks, hasRace, before) => {
      const phases = phasesOf(weeks, hasRace, before);
      expect(phases).toHaveLength(weeks);
      expect(longestLoadingRun(phases)).toBeLessThanOrEqual(6);
      const rank: Partial<Record<Phase, number>> = { foundation: 1, strength: 2, power: 3 };
      const ranks = phases.map((p) => rank[p]).filter((r): r is number => r !== undefined);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      if (phases.includes('power')) {
        // A5: jumps come after the foundation and strength stages.
        expect(phases.indexOf('foundation')).toBeLessThan(phases.indexOf('power'));
        expect(phases.indexOf('strength')).toBeLessThan(phases.indexOf('power'));
      }
    },
  );
});
