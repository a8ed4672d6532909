import { describe, expect, it } from 'vitest';
import { exampleProfile, run, STACK_LINE } from '../testing/run-main';

const withProfile = async (changes: Record<string, unknown>) => {
  const profile = { ...(await exampleProfile()), ...changes };
  return run(['plan', '--profile', 'p.json'], { files: { 'p.json': JSON.stringify(profile) } });
};

describe('profile problems', () => {
  it('reports every schema problem of the invalid example, one line each, prefixed with the file', async () => {
    const result = await run(['plan', '--profile', 'examples/invalid-profile.json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(STACK_LINE);
    const paths = result.errors.map((line) => {
      expect(line.startsWith('examples/invalid-profile.json: ')).toBe(true);
      return line.slice('examples/invalid-profile.json: '.length).split(':')[0];
    });
    // weeks 99 > 52; "mo" is unknown, so "mon" is missing; "trx" is no equipment key.
    expect(paths.sort()).toEqual(['equipment.trx', 'runningWeek.mo', 'runningWeek.mon', 'weeks']);
    expect(result.errors).toContain(
      'examples/invalid-profile.json: weeks: 99 is out of range; accepted: at most 52',
    );
  });

  it('names the accepted values of a wrong run type', async () => {
    const profile = await exampleProfile();
    const result = await withProfile({
      runningWeek: { ...(profile.runningWeek as object), mon: 'restday' },
    });
    expect(result.code).toBe(2);
    expect(result.errors).toEqual([
      'p.json: runningWeek.mon: "restday" is not accepted; accepted: one of "rest", "easy", "quality", "long", "race"',
    ]);
  });

  // Semantic checks run only once the schema passes, so each gets a profile that is otherwise valid.
  it('reports a race before the start date', async () => {
    const result = await withProfile({
      race: { date: '2026-12-20', distance: '10k' },
      weeks: undefined,
    });
    expect(result.code).toBe(2);
    expect(result.errors).toEqual([
      'p.json: race.date: 2026-12-20 is not after the start date 2027-01-04; accepted: a date after 2027-01-04',
    ]);
  });

  it('reports weeks that disagree with the race date', async () => {
    // 2027-01-04 to 2027-04-25 is 111 days: floor(111 / 7) + 1 = 16 weeks.
    const result = await withProfile({ weeks: 12 });
    expect(result.code).toBe(2);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^p\.json: weeks: .*accepted: 16, or leave weeks out/);
  });

  it('reports an unknown programme named in the file as a profile problem', async () => {
    const result = await withProfile({ program: 'couch-to-5k' });
    expect(result.code).toBe(2);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^p\.json: program: "couch-to-5k" is not a built-in programme; accepted: one of /,
    );
  });

  it('reports a profile that is not an object', async () => {
    const result = await run(['plan', '--profile', 'p.json'], { files: { 'p.json': '[1, 2]' } });
    expect(result.code).toBe(2);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^p\.json: \(profile\): /);
  });
});
