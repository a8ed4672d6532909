// biome-ignore lint/style/noRestrictedImports: the tests read the shared fixtures; detection itself does no I/O.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format';

const root = new URL('../../../../../shared/fixtures/activities/', import.meta.url);
const fixtures = (kind: string): [string, Uint8Array][] =>
  readdirSync(new URL(`${kind}/`, root)).map((name) => [
    name,
    new Uint8Array(readFileSync(new URL(`${kind}/${name}`, root))),
  ]);

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('detectFormat', () => {
  it.each([
    ['fit', 11],
    ['gpx', 4],
    ['tcx', 6],
  ] as const)('recognises every %s fixture by content (%i files)', (kind, count) => {
    const files = fixtures(kind);
    expect(files).toHaveLength(count);
    for (const [name, content] of files)
      expect([name, detectFormat(name, content)]).toEqual([name, kind]);
  });

  it('recognises the Strava activities.csv by its header', () => {
    for (const [name, content] of fixtures('csv'))
      expect(detectFormat(name, content)).toBe('strava-csv');
  });

  it('ignores the extension: TCX named .gpx is TCX, GPX named .bin is GPX', () => {
    const [, tcx] = fixtures('tcx')[0] ?? ['', new Uint8Array()];
    expect(detectFormat('run.gpx', tcx)).toBe('tcx');
    expect(detectFormat('export.bin', bytes('<gpx version="1.1"><trk/></gpx>'))).toBe('gpx');
    expect(detectFormat('notes.gpx', bytes('hello'))).toBe('unknown');
  });

  it('sees archives by their magic bytes', () => {
    expect(detectFormat('a.gpx.gz', new Uint8Array([0x1f, 0x8b, 8, 0]))).toBe('gzip');
    expect(detectFormat('export.zip', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0]))).toBe('zip');
    expect(detectFormat('empty.zip', new Uint8Array([0x50, 0x4b, 5, 6]))).toBe('zip');
  });

  it('looks past a BOM, the declaration, comments, a DOCTYPE and a namespace prefix', () => {
    const text =
      '\ufeff<?xml version="1.0"?>\n<!-- exported -->\n<!DOCTYPE x>\n<tcx:TrainingCenterDatabase xmlns:tcx="x"/>';
    expect(detectFormat('x', bytes(text))).toBe('tcx');
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from('<gpx/>').flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(detectFormat('x', utf16)).toBe('gpx');
  });

  it('says unknown for nothing, short files, other XML and other CSV', () => {
    expect(detectFormat('x', new Uint8Array())).toBe('unknown');
    expect(detectFormat('x', new Uint8Array([14]))).toBe('unknown');
    expect(detectFormat('x.kml', bytes('<kml xmlns="http://www.opengis.net/kml/2.2"/>'))).toBe(
      'unknown',
    );
    expect(detectFormat('x.csv', bytes('Date,Distance\n'))).toBe('unknown');
    expect(detectFormat('x.xml', bytes('<?xml version="1.0"'))).toBe('unknown');
  });
});
