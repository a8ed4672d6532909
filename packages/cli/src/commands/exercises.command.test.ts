import type { Exercise } from '@runstrong/core';
import { describe, expect, it } from 'vitest';
import { run, STACK_LINE } from '../testing/run-main';

const listJson = async (argv: string[]): Promise<Exercise[]> => {
  const result = await run(['exercises', ...argv, '--format', 'json']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Exercise[];
};

describe('runstrong exercises', () => {
  it('with --equipment none lists only exercises that need nothing', async () => {
    const list = await listJson(['--equipment', 'none']);
    expect(list.length).toBeGreaterThan(10);
    for (const e of list) expect(e.equipment).toEqual([]);
    const ids = list.map((e) => e.id);
    expect(ids).toContain('squat');
    expect(ids).not.toContain('goblet-squat');
  });

  it('with a list of kinds includes exercises any owned alternative allows', async () => {
    const ids = (await listJson(['--equipment', 'band,dumbbells'])).map((e) => e.id);
    expect(ids).toContain('band-lateral-walk'); // needs a band
    expect(ids).toContain('goblet-squat'); // dumbbells or a kettlebell
    expect(ids).toContain('squat'); // needs nothing
    expect(ids).not.toContain('box-jump'); // needs a box
  });

  it('with --injury achilles lists the eccentric heel drop and only Achilles work', async () => {
    const list = await listJson(['--injury', 'achilles']);
    expect(list.map((e) => e.id)).toContain('eccentric-heel-drop');
    for (const e of list) expect(e.injuryAreas).toContain('achilles');
  });

  it('prints an aligned table with the six columns', async () => {
    const result = await run(['exercises', '--injury', 'achilles']);
    expect(result.code).toBe(0);
    const [header, rule, ...rows] = result.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^id\s+name\s+stage\s+level\s+equipment needed\s+injury areas$/);
    expect(rule).toMatch(/^-+( {2}-+){5}$/);
    // Every column starts where its header does.
    const starts = ['name', 'stage', 'level', 'equipment needed', 'injury areas'].map((h) =>
      (header ?? '').indexOf(h),
    );
    const heelDrop = rows.find((r) => r.startsWith('eccentric-heel-drop '));
    expect(heelDrop).toBeDefined();
    for (const row of rows) {
      for (const start of starts) expect(row.slice(start - 2, start)).toBe('  ');
    }
    expect(heelDrop?.slice(starts[3])).toMatch(/^none\s+achilles$/);
  });

  it('exits 2 for unknown equipment, naming each unknown kind and the accepted ones', async () => {
    const result = await run(['exercises', '--equipment', 'band,trx,rings']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.errors).toEqual([
      'runstrong exercises: --equipment "trx" is not an equipment kind; accepted: none, band, dumbbells, kettlebell, weight-vest, box, pull-up-bar, bench, barbell',
      'runstrong exercises: --equipment "rings" is not an equipment kind; accepted: none, band, dumbbells, kettlebell, weight-vest, box, pull-up-bar, bench, barbell',
    ]);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('exits 2 for "none" mixed with equipment, an unknown injury or an unknown format', async () => {
    const mixed = await run(['exercises', '--equipment', 'none,band']);
    expect(mixed.code).toBe(2);
    expect(mixed.errors[0]).toMatch(/mixes "none" with equipment/);
    const injury = await run(['exercises', '--injury', 'elbow']);
    expect(injury.code).toBe(2);
    expect(injury.errors).toEqual([
      'runstrong exercises: --injury "elbow" is not accepted; accepted: achilles, it-band, knee, shin, plantar-fascia, hamstring',
    ]);
    const format = await run(['exercises', '--format', 'csv']);
    expect(format.code).toBe(2);
    expect(format.errors).toEqual([
      'runstrong exercises: --format "csv" is not accepted; accepted: table, json',
    ]);
  });
});
