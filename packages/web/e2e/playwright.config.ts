import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests: the real server (fresh SQLite file, built web app) driven by Debian's
 * Chromium. No browser is downloaded: `.ci/run` installs the `chromium` package.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT ?? 3567);
const dataDir = mkdtempSync(join(tmpdir(), 'runstrong-e2e-'));

const launchOptions = {
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: '.',
  outputDir: join(import.meta.dirname, '../../../test-results/e2e'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, launchOptions },
    },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 }, launchOptions } },
  ],
  webServer: {
    command: 'node packages/server/bin/runstrong-server.js',
    cwd: join(import.meta.dirname, '../../..'),
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      RUNSTRONG_DATA_DIR: dataDir,
      RUNSTRONG_AUTH_SECRET: 'e2e-secret-that-is-long-enough-0123456789abcdef',
      LOG_LEVEL: 'warn',
      // Each test signs up from the same loopback address.
      SIGN_IN_ATTEMPTS_PER_MINUTE: '100',
      SIGN_UPS_PER_MINUTE: '1000',
    },
  },
});
