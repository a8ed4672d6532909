#!/usr/bin/env node
// Runs the browser tests when Debian's Chromium is there. Outside CI a missing browser skips them
// loudly, saying how to enable them; in CI (CI=true) it fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const message = `browser tests need Chromium at ${chromium}: apt-get install -y --no-install-recommends chromium (or set CHROMIUM_PATH)`;
  if (process.env.CI) {
    console.error(`FAIL: ${message}`);
    process.exit(1);
  }
  console.warn(`\n!!! Browser (e2e) tests SKIPPED: ${message}\n`);
  process.exit(0);
}
const result = spawnSync(
  'npx',
  [
    'playwright',
    'test',
    '--config',
    'packages/web/e2e/playwright.config.ts',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
