import fc from 'fast-check';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { resultViolations } from '../geo/result-invariants';
import { ActivityImport, type ImportOutcome } from './activity-import';
import { fixtureBytes, smallZip, stravaExportZip, streamedZip } from './test-support/strava-export';

/**
 * Damaged zips must never throw or hang: every import ends with activities or coded problems, each
 * named after the zip or one of its entries, in bounded time.
 */

/** Generous for a zip of a few small files (a clean import takes tens of milliseconds). */
const MAX_MILLISECONDS_PER_IMPORT = 3000;
const NUM_RUNS = 150;

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; count: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    // Signatures a zip reader scans for, besides random bytes.
    bytes: fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 32 }),
      fc.constantFrom(
        new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
        new Uint8Array([0x50, 0x4b, 0x07, 0x08]),
        new Uint8Array([0x50, 0x4b, 0x01, 0x02]),
        new Uint8Array([0x50, 0x4b, 0x05, 0x06]),
      ),
    ),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 64 }),
  }),
);

function mutate(original: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = original.slice();
  for (const change of mutations) {
    const at = bytes.length === 0 ? 0 : change.at % bytes.length;
    switch (change.kind) {
      case 'flip':
        if (bytes.length > 0) bytes[at] = (bytes[at] ?? 0) ^ (1 << change.bit);
        break;
      case 'set':
        if (bytes.length > 0) bytes[at] = change.value;
        break;
      case 'truncate':
        bytes = bytes.slice(0, at);
        break;
      case 'insert': {
        const grown = new Uint8Array(bytes.length + change.bytes.length);
        grown.set(bytes.subarray(0, at));
        grown.set(change.bytes, at);
        grown.set(bytes.subarray(at), at + change.bytes.length);
        bytes = grown;
        break;
      }
      case 'delete': {
        const kept = bytes.subarray(at + change.count);
        const shrunk = new Uint8Array(at + kept.length);
        shrunk.set(bytes.subarray(0, at));
        shrunk.set(kept, at);
        bytes = shrunk;
        break;
      }
    }
  }
  return bytes;
}

/** Imports within the time bound, checks the outcome is well-formed, and returns it. */
function importChecked(name: string, zip: Uint8Array, chunk: number): ImportOutcome {
  const started = performance.now();
  const importer = new ActivityImport();
  const sink = importer.openZip(name);
  for (let at = 0; at < zip.length; at += chunk) sink.push(zip.subarray(at, at + chunk));
  sink.end();
  const outcome = importer.finish();
  expect(performance.now() - started).toBeLessThan(MAX_MILLISECONDS_PER_IMPORT);
  expect(resultViolations({ activities: outcome.activities, problems: outcome.problems })).toEqual(
    [],
  );
  for (const { file } of [...outcome.activities, ...outcome.problems]) {
    expect(file === name || file.startsWith(`${name}/`)).toBe(true);
  }
  expect(outcome.files).toBeGreaterThanOrEqual(1);
  return outcome;
}

describe.each([
  ['a zip of small fixtures', smallZip()],
  ['a Strava export zip', stravaExportZip()],
  [
    'a streamed zip (data descriptors, a stored .fit.gz)',
    streamedZip([
      ['a.fit.gz', gzipSync(fixtureBytes('fit/garmin-fenix5-run-tiny-hrv.fit')), true],
      ['b.gpx', fixtureBytes('gpx/garmin-oregon600-missing-hr-3segs.gpx'), false],
    ]),
  ],
])('ActivityImport on mutated bytes of %s', (_, original) => {
  it('never throws or hangs, and ends with activities or coded problems', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 100_000 }),
        (mutations, chunk) => {
          importChecked('f.zip', mutate(original, mutations), chunk);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('ActivityImport on random bytes given as a zip', () => {
  it('ends with a problem on the zip, never an activity', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const outcome = importChecked('random.zip', bytes, 512);
        expect(outcome.activities).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
