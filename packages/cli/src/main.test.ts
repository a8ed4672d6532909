import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from './exit-codes';
import { run, STACK_LINE } from './testing/run-main';

describe('main', () => {
  it('prints usage listing every command for no arguments, help and --help', async () => {
    for (const argv of [[], ['help'], ['--help'], ['-h']]) {
      const result = await run(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^runstrong: a strength coach for runners\n/);
      for (const name of [
        'plan',
        'exercises',
        'programs',
        'explain',
        'schema',
        'backup',
        'import',
        'load',
        'help',
      ]) {
        expect(result.stdout).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'));
      }
    }
  });

  it("prints a command's usage for `help plan` and `plan --help`", async () => {
    for (const argv of [
      ['help', 'plan'],
      ['plan', '--help'],
    ]) {
      const result = await run(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /^Usage: runstrong plan --profile FILE \[--program ID\] \[--format json\|md\|ics\] \[--out FILE\]\n/,
      );
    }
  });

  it('prints the package version', async () => {
    const result = await run(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('0.1.0\n');
  });

  it('exits 2 for an unknown command and lists the commands', async () => {
    const result = await run(['plna', '--profile', 'x.json']);
    expect(result.code).toBe(2);
    expect(result.errors).toEqual([
      'runstrong: unknown command "plna"; commands: plan, exercises, programs, explain, schema, backup, import, load, help',
    ]);
  });

  it('exits 2 for an unknown top-level flag', async () => {
    const result = await run(['--verbose']);
    expect(result.code).toBe(2);
    expect(result.errors).toEqual([
      'runstrong: unknown option --verbose; before a command only --help and --version are accepted (plan, exercises, programs, explain, schema, backup, import, load, help are the commands)',
    ]);
  });

  it('reports an unexpected error as one internal-error line and exit 1', async () => {
    const explode = () => {
      throw new TypeError('stdout went away\nsecond line');
    };
    const result = await run(['programs'], { stdout: explode });
    expect(result.code).toBe(1);
    expect(result.errors).toEqual(['runstrong: internal error: stdout went away']);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('adds the stack to an internal error only when RUNSTRONG_DEBUG=1', async () => {
    const explode = () => {
      throw new TypeError('stdout went away');
    };
    const result = await run(['programs'], { stdout: explode, env: { RUNSTRONG_DEBUG: '1' } });
    expect(result.code).toBe(1);
    expect(result.errors[0]).toBe('runstrong: internal error: stdout went away');
    expect(result.stderr).toMatch(STACK_LINE);
  });

  it('maps bad input to 2 and bugs to 1 in one table', () => {
    expect(EXIT_CODES.ok).toBe(0);
    expect(EXIT_CODES.internal).toBe(1);
    const { ok: _ok, internal: _internal, ...inputErrors } = EXIT_CODES;
    expect(new Set(Object.values(inputErrors))).toEqual(new Set([2]));
  });
});
