// biome-ignore lint/style/noRestrictedImports: tests read the shared fixture files; the parser itself does no I/O.
import { readFileSync } from 'node:fs';

/** A FIT fixture from /work/shared/fixtures/activities/fit (../shared beside the checkout in CI). */
export function readFitFixture(name: string): Uint8Array {
  const url = new URL(`../../../../../../shared/fixtures/activities/fit/${name}`, import.meta.url);
  return new Uint8Array(readFileSync(url));
}
