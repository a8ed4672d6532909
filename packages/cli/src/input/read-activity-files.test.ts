import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCliError } from '../cli-error';
import { tempDir } from '../testing/run-main';
import { listActivityFiles, MAX_FILE_BYTES, readActivityBytes } from './read-activity-files';

describe('listActivityFiles', () => {
  it('expands folders sorted by path and reads a file named twice once', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'b.gpx'), '');
    await writeFile(join(dir, 'a.gpx'), '');
    const files = await listActivityFiles('import', ['.', 'a.gpx'], dir);
    expect(files.map((f) => f.shown)).toEqual(['a.gpx', join('sub', 'b.gpx')]);
  });

  it('names every missing path, one line each', async () => {
    const dir = await tempDir();
    const error: unknown = await listActivityFiles('import', ['x.fit', 'y.gpx'], dir).catch(
      (e: unknown) => e,
    );
    expect(isCliError(error) && error.code).toBe('file-not-found');
    expect(isCliError(error) && error.lines).toEqual([
      'runstrong import: x.fit: no such file or directory',
      'runstrong import: y.gpx: no such file or directory',
    ]);
  });
});

describe('readActivityBytes', () => {
  it('reads bytes, and refuses a file over the limit before reading it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'small'), 'abc');
    expect(await readActivityBytes(join(dir, 'small'))).toEqual({
      bytes: new Uint8Array([97, 98, 99]),
    });
    const big = join(dir, 'big');
    await writeFile(big, '');
    await truncate(big, MAX_FILE_BYTES + 1);
    expect(await readActivityBytes(big)).toMatchObject({ problem: 'too-large' });
  });
});
