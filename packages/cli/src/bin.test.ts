import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, STACK_LINE } from './testing/run-main';

const BIN = 'packages/cli/bin/runstrong.js';

/** The real thing: a child process, so exit codes and stderr are what a shell sees. */
const spawn = (command: string, args: string[]) => {
  const result = spawnSync(command, args, {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, RUNSTRONG_DEBUG: '' },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('bin/runstrong.js', () => {
  it('exits 0 and prints JSON for a valid profile', () => {
    const result = spawn(process.execPath, [BIN, 'plan', '--profile', 'examples/profile.json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ version: 1, startDate: '2027-01-04' });
  });

  it('exits 2 for the invalid example, one line per problem and no stack trace', () => {
    const result = spawn(process.execPath, [
      BIN,
      'plan',
      '--profile',
      'examples/invalid-profile.json',
    ]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(STACK_LINE);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^examples\/invalid-profile\.json: [\w.[\]]+: /);
  });

  it('exits 2 for an unknown command and for a missing file, without a stack trace', () => {
    const unknown = spawn(process.execPath, [BIN, 'plna']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^runstrong: unknown command "plna"; commands: /);
    const missing = spawn(process.execPath, [
      BIN,
      'explain',
      '--profile',
      'nope.json',
      '--date',
      '2027-01-05',
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^runstrong: nope\.json \(.*nope\.json\): file not found\n$/);
    expect(unknown.stderr + missing.stderr).not.toMatch(STACK_LINE);
  });

  it('is linked by the workspace as node_modules/.bin/runstrong', () => {
    const result = spawn(join(REPO_ROOT, 'node_modules/.bin/runstrong'), ['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('0.1.0\n');
  });
});
