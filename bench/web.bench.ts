import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  killAllServers,
  REPO_ROOT,
  spawnServer,
} from '../packages/server/src/testing/server-process';

/**
 * The browser app's first screen: its JavaScript size (the build's budget report) and its load
 * time in headless Chromium on loopback, against a bare page of the same origin kind served by
 * node:http in the same run. Each page is loaded in a fresh context (cold cache) 10 times.
 */
const LOADS = 10;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

export const benchWeb = async (): Promise<string[]> => {
  if (!existsSync(CHROMIUM)) return [`web: SKIPPED, no Chromium at ${CHROMIUM}`];
  const report = spawnSync(process.execPath, ['scripts/report-bundle.mjs'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  const total = /total\s+([\d.]+ kB)/.exec(report.stdout)?.[1] ?? 'unknown (run npm run build:web)';

  const bare = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>bare</title><p>bare</p>');
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const barePort = (bare.address() as { port: number }).port;
  const dataDir = mkdtempSync(join(tmpdir(), 'runstrong-bench-web-'));
  const server = await spawnServer({
    RUNSTRONG_DATA_DIR: dataDir,
    RUNSTRONG_AUTH_SECRET: 'bench-secret-that-is-long-enough-0123456789abcdef',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const timeLoads = async (url: string, ready: string) => {
      const times: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const page = await context.newPage();
        const start = performance.now();
        await page.goto(url);
        await page.waitForSelector(ready);
        times.push(performance.now() - start);
        await context.close();
      }
      return median(times);
    };
    const bareMs = await timeLoads(`http://127.0.0.1:${barePort}/`, 'p');
    const appMs = await timeLoads(`${server.url}/sign-in`, 'h1');
    return [
      `web: first screen (/sign-in), ${LOADS} cold loads each in headless Chromium on loopback`,
      `  JavaScript gzipped: ${total} (budget 150 kB)`,
      `  sign-in visible: median ${appMs.toFixed(0)} ms   bare page: median ${bareMs.toFixed(0)} ms   ratio ${(appMs / bareMs).toFixed(1)}×`,
    ];
  } finally {
    await browser.close();
    await killAllServers();
    bare.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
