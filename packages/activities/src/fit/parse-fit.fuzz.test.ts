import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportProblemCode, ParseResult } from '../activity';
import { resultViolations } from '../geo/result-invariants';
import { parseFit } from './parse-fit';
import { readFitFixture } from './test-support/fit-fixture';

/**
 * Damaged FIT files must never throw, hang, or yield nonsense: every call returns activities or
 * problems with a known code, in bounded time.
 */

const KNOWN_CODES: readonly ImportProblemCode[] = [
  'truncated',
  'corrupted',
  'not-an-activity',
  'unsupported-format',
  'empty',
];
/** Generous for a 5 KB file (a clean parse takes a few milliseconds); a hang fails it. */
const MAX_MILLISECONDS_PER_CALL = 2000;
const NUM_RUNS = 200;

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
    bytes: fc.uint8Array({ minLength: 1, maxLength: 32 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 32 }),
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

const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** Parses within the time bound and checks the result is well-formed; returns it. */
function parseChecked(bytes: Uint8Array, file: string): ParseResult {
  const started = performance.now();
  const result = parseFit(bytes, file);
  expect(performance.now() - started).toBeLessThan(MAX_MILLISECONDS_PER_CALL);

  expect(result.activities.length + result.problems.length).toBeGreaterThan(0);
  // The package-wide invariants (shared with the GPX/TCX fuzz tests): consistent, finite numbers.
  expect(resultViolations(result)).toEqual([]);
  for (const problem of result.problems) {
    expect(KNOWN_CODES).toContain(problem.code);
    expect(problem.file).toBe(file);
    expect(problem.message).toContain(file);
    // parseFit's last-resort catch: reaching it means a bug in our code, not a bad file.
    expect(problem.message).not.toContain('could not be read as a FIT file');
  }
  for (const activity of result.activities) {
    expect(activity.file).toBe(file);
    expect(activity.format).toBe('fit');
    expect(Number.isFinite(activity.elapsedSeconds) && activity.elapsedSeconds >= 0).toBe(true);
    if (activity.start !== null) expect(activity.start).toMatch(ISO_UTC);
    if (activity.startIsDeviceRelative) expect(activity.start).toBeNull();
    for (const value of [activity.movingSeconds, activity.distanceMeters]) {
      if (value !== null) expect(Number.isFinite(value) && value >= 0).toBe(true);
    }
  }
  return result;
}

// The FR70 file too: its compressed-timestamp records go through our own rewriting first.
describe.each([
  'garmin-fenix5-run-tiny-hrv.fit',
  'wahoo-elemnt-bolt-ride-short.fit',
  'garmin-fr70-run-footpod-nogps.fit',
])('parseFit on mutated %s', (fixture) => {
  const original = readFitFixture(fixture);

  it('never throws or hangs, and returns activities or known problems', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        parseChecked(mutate(original, mutations), fixture);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('parseFit on random bytes', () => {
  it('refuses random bytes with a known problem, never an activity', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const result = parseChecked(bytes, 'random.fit');
        // Without ".FIT" at bytes 8-11 there is no FIT file; with it, random data is no activity.
        if (result.activities.length > 0)
          expect(Array.from(bytes.subarray(8, 12))).toEqual([0x2e, 0x46, 0x49, 0x54]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('survives a valid FIT header followed by random messages', () => {
    const header = readFitFixture('garmin-fenix5-run-tiny-hrv.fit').subarray(0, 14);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 2048 }), (data) => {
        const bytes = new Uint8Array(header.length + data.length);
        bytes.set(header);
        bytes.set(data, header.length);
        parseChecked(bytes, 'noise.fit');
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
