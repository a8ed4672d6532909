#!/usr/bin/env node
// The CLI is TypeScript run as-is: tsx compiles it on load, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();

const debug = process.env.RUNSTRONG_DEBUG === '1';
// Exit codes live in one table; this small module has no dependencies, so it loads first.
const { EXIT_CODES } = await import('../src/exit-codes.ts');

process.stdout.on('error', (error) => {
  // `runstrong plan … | head` closes the pipe early: that is the reader's choice, not a failure.
  if (error.code === 'EPIPE') process.exit(EXIT_CODES.ok);
  process.stderr.write(`runstrong: cannot write standard output: ${error.message}\n`);
  process.exit(EXIT_CODES['cannot-write']);
});

try {
  const { main } = await import('../src/main.ts');
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
  });
} catch (error) {
  // Only a failure to load the CLI itself lands here; main() reports everything else.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`runstrong: internal error: ${message.split('\n')[0]}\n`);
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = EXIT_CODES.internal;
}
