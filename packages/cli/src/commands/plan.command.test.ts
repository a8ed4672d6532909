import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generatePlan, type Plan, validateProfile } from '@runstrong/core';
import { describe, expect, it } from 'vitest';
import { exampleProfile, run, STACK_LINE, tempDir } from '../testing/run-main';

const PROFILE = 'examples/profile.json';

describe('runstrong plan', () => {
  it('prints the plan as pretty JSON by default, equal to what the coach generates', async () => {
    const result = await run(['plan', '--profile', PROFILE]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^\{\n {2}"version": 1,/);
    const plan = JSON.parse(result.stdout) as Plan;
    const profile = validateProfile(await exampleProfile());
    if (!profile.ok) throw new Error('the example profile must be valid');
    expect(plan).toEqual(JSON.parse(JSON.stringify(generatePlan(profile.value))));
    // 2027-01-04 to race day 2027-04-25: 16 weeks.
    expect(plan.weeks).toHaveLength(16);
    expect(plan.programme.id).toBe('runstrong-periodised');
  });

  it('lets --program override the profile programme', async () => {
    const result = await run([
      'plan',
      '--profile',
      PROFILE,
      '--program',
      'seed-sample-week',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Plan).programme.id).toBe('seed-sample-week');
  });

  it('writes --out to a file, creating folders, and prints nothing on stdout', async () => {
    const dir = await tempDir();
    const out = join(dir, 'nested', 'deeper', 'plan.md');
    const result = await run(['plan', '--profile', PROFILE, '--format', 'md', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.errors).toEqual([`runstrong: wrote ${out}`]);
    expect(await readFile(out, 'utf8')).toMatch(/^# RunStrong strength plan/);
  });

  it('reports an --out it cannot write, naming the path', async () => {
    const dir = await tempDir();
    const result = await run(['plan', '--profile', PROFILE, '--out', dir]);
    expect(result.code).toBe(2);
    expect(result.errors).toEqual([`runstrong: cannot write ${dir}: it is a directory`]);
  });
});

describe('runstrong plan: bad input exits 2 with one clear line', () => {
  const cases: [string, string[], RegExp][] = [
    ['missing --profile', ['plan'], /^runstrong plan: --profile is required$/],
    [
      '--profile without a value',
      ['plan', '--profile'],
      /^runstrong plan: --profile needs a value$/,
    ],
    [
      'an empty --out=',
      ['plan', '--profile', PROFILE, '--out='],
      /^runstrong plan: --out needs a value$/,
    ],
    [
      'a flag taken for the value',
      ['plan', '--profile', '--format', 'md'],
      /^runstrong plan: --profile needs a value$/,
    ],
    [
      'unknown flag',
      ['plan', '--profile', PROFILE, '--fromat', 'md'],
      /^runstrong plan: unknown option --fromat; accepted: --profile, --program, --format, --out, --help$/,
    ],
    [
      'a positional argument',
      ['plan', PROFILE],
      /^runstrong plan: unexpected argument "examples\/profile\.json"; options are given as --name value/,
    ],
    [
      'unknown --format',
      ['plan', '--profile', PROFILE, '--format', 'pdf'],
      /^runstrong plan: --format "pdf" is not accepted; accepted: json, md, ics$/,
    ],
    [
      'unknown --program',
      ['plan', '--profile', PROFILE, '--program', 'couch-to-5k'],
      /^runstrong plan: --program "couch-to-5k" is not a built-in programme; accepted: runstrong-periodised, seed-sample-week, /,
    ],
    [
      'missing file',
      ['plan', '--profile', 'examples/nope.json'],
      /^runstrong: examples\/nope\.json \(.*examples\/nope\.json\): file not found$/,
    ],
    [
      'a directory',
      ['plan', '--profile', 'examples'],
      /^runstrong: examples: is a directory, not a file$/,
    ],
    [
      'invalid JSON',
      ['plan', '--profile', 'broken.json'],
      /^broken\.json: invalid JSON at line 3, column 3: /,
    ],
  ];

  it.each(cases)('%s', async (_name, argv, expected) => {
    // broken.json misses the comma after `"version": 1`; the parser notices at the quote that
    // opens `"weeks"` on line 3, after two spaces: column 3.
    const result = await run(argv, {
      files: { 'broken.json': '{\n  "version": 1\n  "weeks": 16\n}\n' },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(expected);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
