#!/usr/bin/env node
// The first screen's JavaScript, gzipped: what a new visitor downloads to see /sign-in — the
// entry (index.html's script and everything it imports statically), the sign-in route's chunk and
// its static imports, and the service worker's registration script. Read from Vite's build
// manifest (build.manifest in packages/web/vite.config.ts). Exits 1 above the budget.
//
//   node scripts/report-bundle.mjs [distDir]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 150_000; // 150 kB, as Vite prints sizes (1 kB = 1000 bytes)
const FIRST_ROUTE = 'src/features/auth/sign-in.page.tsx';

const dist = process.argv[2] ?? fileURLToPath(new URL('../packages/web/dist', import.meta.url));
const manifestPath = join(dist, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`report-bundle: no ${manifestPath}; run \`npm run build:web\` first`);
  process.exit(1);
}
/** @type {Record<string, { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
if (entries.length === 0) throw new Error('report-bundle: the manifest names no entry');
if (!manifest[FIRST_ROUTE]) throw new Error(`report-bundle: ${FIRST_ROUTE} is not in the manifest`);

/** A chunk and every chunk it imports statically (dynamic imports load later, on demand). */
const collect = (key, seen) => {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) collect(imported, seen);
  return seen;
};
const chunks = new Set();
for (const key of [...entries, FIRST_ROUTE]) collect(key, chunks);

const files = [...chunks].map((key) => manifest[key]?.file).filter((f) => f?.endsWith('.js'));
if (existsSync(join(dist, 'registerSW.js'))) files.push('registerSW.js');
const css = [...new Set([...chunks].flatMap((key) => manifest[key]?.css ?? []))];

const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

const rows = files
  .map((file) => ({ file, bytes: gzipped(file) }))
  .sort((a, b) => b.bytes - a.bytes);
const total = rows.reduce((sum, row) => sum + row.bytes, 0);
const width = Math.max(...rows.map((row) => row.file.length));

console.log(`\nFirst screen (/sign-in, new visitor): JavaScript, gzipped`);
for (const row of rows) console.log(`  ${row.file.padEnd(width)}  ${kB(row.bytes).padStart(10)}`);
console.log(`  ${'total'.padEnd(width)}  ${kB(total).padStart(10)}  (budget ${kB(BUDGET_BYTES)})`);
if (css.length > 0) {
  const cssBytes = css.reduce((sum, file) => sum + gzipped(file), 0);
  console.log(`  plus CSS ${css.join(', ')}: ${kB(cssBytes)} gzipped (not counted)`);
}
if (total > BUDGET_BYTES) {
  console.error(
    `\nFAIL: the first screen's JavaScript is ${kB(total)} gzipped, over the ${kB(BUDGET_BYTES)} budget`,
  );
  process.exit(1);
}
console.log(`OK: ${kB(BUDGET_BYTES - total)} under budget\n`);
