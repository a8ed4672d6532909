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
import { parseGpx } from './parse-gpx';

const fixture = (name: string): string =>
  readFileSync(
    new URL(`../../../../../shared/fixtures/activities/gpx/${name}`, import.meta.url),
    'utf8',
  );

/** Fragments that stress an XML reader more than random characters do. */
const FRAGMENTS = [
  '<',
  '>',
  '</trkpt>',
  '</trkseg><trkseg>',
  '<trkpt lat="95" lon="x">',
  '<trkpt lat="0" lon="0"><time>2020-01-01T00:00:00Z</time></trkpt>',
  '<time>9999-99-99T99:99:99Z</time>',
  '<time>1999-01-01T00:00:00+14:00</time>',
  '<ele>-1e308</ele>',
  '<ele>1e400</ele>',
  '<gpxtpx:hr>-5</gpxtpx:hr>',
  '<gpxtpx:hr>100000</gpxtpx:hr>',
  '<extensions><hr>0x80</hr></extensions>',
  '&amp;',
  '&lol;',
  '<!DOCTYPE gpx [<!ENTITY a "b">]>',
  '<![CDATA[',
  ']]>',
  '<?pi x?>',
  '<!-- -->',
  '"',
  '\u0000',
  '<__proto__>1</__proto__>',
  '<constructor/>',
];

it.each(['apple-watch-run-3segs-power.gpx', 'garmin-oregon600-missing-hr-3segs.gpx'])(
  'parseGpx never throws on a mutated %s and answers quickly with activities or coded problems',
  (name) => {
    const original = fixture(name);
    let slowest = 0;
    fc.assert(
      fc.property(fc.array(rawMutation(FRAGMENTS), { minLength: 1, maxLength: 6 }), (mutations) => {
        const text = mutations.reduce(applyMutation, original);
        const started = performance.now();
        const result = parseGpx(text, name);
        slowest = Math.max(slowest, performance.now() - started);
        expect(resultViolations(result)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    expect(slowest).toBeLessThan(500);
  },
);

it.each(['apple-watch-run-3segs-power.gpx', 'garmin-oregon600-missing-hr-3segs.gpx'])(
  'parseGpx keeps its results sane when the values of a well-formed %s are damaged',
  (name) => {
    const original = fixture(name);
    let slowest = 0;
    fc.assert(
      fc.property(fc.array(valueMutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        const text = mutations.reduce(applyValueMutation, original);
        const started = performance.now();
        const result = parseGpx(text, name);
        slowest = Math.max(slowest, performance.now() - started);
        expect(resultViolations(result)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    expect(slowest).toBeLessThan(500);
  },
);
