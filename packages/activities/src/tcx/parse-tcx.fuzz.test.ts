// biome-ignore lint/style/noRestrictedImports: the tests read the shared fixtures; the parser itself does no I/O.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { resultViolations } from '../geo/result-invariants';
import {
  applyMutation,
  applyValueMutation,
  rawMutation,
  valueMutation,
} from '../xml/text-mutations.test-support';
import { parseTcx } from './parse-tcx';

const fixture = (name: string): string =>
  readFileSync(
    new URL(`../../../../../shared/fixtures/activities/tcx/${name}`, import.meta.url),
    'utf8',
  );

/** Fragments that stress an XML reader more than random characters do. */
const FRAGMENTS = [
  '<',
  '>',
  '</Trackpoint>',
  '</Track><Track>',
  '<Position><LatitudeDegrees>95</LatitudeDegrees><LongitudeDegrees>x</LongitudeDegrees></Position>',
  '<Trackpoint><Time>2020-01-01T00:00:00Z</Time></Trackpoint>',
  '<Lap StartTime="1990-01-01T00:00:00Z"><TotalTimeSeconds>-5</TotalTimeSeconds></Lap>',
  '<TotalTimeSeconds>1e300</TotalTimeSeconds>',
  '<Id>2020-01-01T00:00:00-12:00</Id>',
  '<Time>9999-99-99T99:99:99Z</Time>',
  '<Time>1999-01-01T00:00:00+14:00</Time>',
  '<AltitudeMeters>-1e308</AltitudeMeters>',
  '<AltitudeMeters>1e400</AltitudeMeters>',
  '<HeartRateBpm><Value>-5</Value></HeartRateBpm>',
  '<AverageHeartRateBpm><Value>300</Value></AverageHeartRateBpm>',
  '<MaximumHeartRateBpm><Value>0x80</Value></MaximumHeartRateBpm>',
  '&amp;',
  '&lol;',
  '<!DOCTYPE t [<!ENTITY a "b">]>',
  '<![CDATA[',
  ']]>',
  '<?pi x?>',
  '<!-- -->',
  '"',
  '\u0000',
  '<__proto__>1</__proto__>',
  '<constructor/>',
];

it.each(['garmin-fr305-run-3tracks-small.tcx'])(
  'parseTcx never throws on a mutated %s and answers quickly with activities or coded problems',
  (name) => {
    const original = fixture(name);
    let slowest = 0;
    fc.assert(
      fc.property(fc.array(rawMutation(FRAGMENTS), { minLength: 1, maxLength: 6 }), (mutations) => {
        const text = mutations.reduce(applyMutation, original);
        const started = performance.now();
        const result = parseTcx(text, name);
        slowest = Math.max(slowest, performance.now() - started);
        expect(resultViolations(result)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    expect(slowest).toBeLessThan(500);
  },
);

it.each(['garmin-fr305-run-3tracks-small.tcx', 'garmin-fr410-run-3laps-hr.tcx'])(
  'parseTcx keeps its results sane when the values of a well-formed %s are damaged',
  (name) => {
    const original = fixture(name);
    let slowest = 0;
    fc.assert(
      fc.property(fc.array(valueMutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        const text = mutations.reduce(applyValueMutation, original);
        const started = performance.now();
        const result = parseTcx(text, name);
        slowest = Math.max(slowest, performance.now() - started);
        expect(resultViolations(result)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    expect(slowest).toBeLessThan(500);
  },
);
