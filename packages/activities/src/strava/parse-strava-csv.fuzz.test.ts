// biome-ignore lint/style/noRestrictedImports: the tests read the shared fixtures; the parser itself does no I/O.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { resultViolations } from '../geo/result-invariants';
import { applyMutation, rawMutation } from '../xml/text-mutations.test-support';
import { parseStravaActivitiesCsv } from './parse-strava-csv';

// The header and the first 30 rows: every kind of cell, small enough for 200 runs.
const original = readFileSync(
  new URL(
    '../../../../../shared/fixtures/activities/csv/strava-export-activities.csv',
    import.meta.url,
  ),
  'utf8',
)
  .split('\n')
  .slice(0, 31)
  .join('\n');

/** Fragments that stress a CSV reader more than random characters do. */
const FRAGMENTS = [
  '"',
  '""',
  ',',
  '\n',
  '\r\n',
  '\r',
  '"Oct 99, 2014, 4:15:21 PM"',
  '"Feb 29, 2023, 1:00:00 AM"',
  '-1',
  '1e400',
  'NaN',
  'Infinity',
  '0x10',
  '\ufeff',
  'Activity ID,',
  '\u0000',
];

it('parseStravaActivitiesCsv never throws on a mutated export and answers quickly with activities or coded problems', () => {
  let slowest = 0;
  fc.assert(
    fc.property(fc.array(rawMutation(FRAGMENTS), { minLength: 1, maxLength: 6 }), (mutations) => {
      const text = mutations.reduce(applyMutation, original);
      const started = performance.now();
      const result = parseStravaActivitiesCsv(text, 'activities.csv');
      slowest = Math.max(slowest, performance.now() - started);
      expect(resultViolations(result)).toEqual([]);
    }),
    { numRuns: 200 },
  );
  expect(slowest).toBeLessThan(500);
});
