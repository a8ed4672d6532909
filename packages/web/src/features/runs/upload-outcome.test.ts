import { describe, expect, it } from 'vitest';
import type { ActivityDto, ImportResult } from './runs-types';
import {
  FILE_LIMIT_BYTES,
  formatBytes,
  importSummary,
  progressPercent,
  progressText,
  readUploadAnswer,
  UPLOAD_LIMIT_BYTES,
  uploadTooLarge,
} from './upload-outcome';

const run = (sport = 'running') => ({ sport }) as ActivityDto;

const result = (fields: Partial<ImportResult>): ImportResult => ({
  imported: [],
  alreadyStored: 0,
  duplicatesMerged: 0,
  problems: [],
  adaptation: { signals: [], changes: [] },
  ...fields,
});

describe('the progress bar', () => {
  it('counts whole per cent, and 100 only once every byte is sent', () => {
    expect(progressPercent(0, 1000)).toBe(0);
    expect(progressPercent(514, 1000)).toBe(51);
    expect(progressPercent(999, 1000)).toBe(99);
    expect(progressPercent(999_999, 1_000_000)).toBe(99);
    expect(progressPercent(1000, 1000)).toBe(100);
    expect(progressPercent(1200, 1000)).toBe(100);
    expect(progressPercent(10, 0)).toBe(0);
  });

  it('writes sizes as Vite does, 1 kB = 1,000 bytes', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(806_400)).toBe('806 kB');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatBytes(UPLOAD_LIMIT_BYTES)).toBe('1.1 GB');
  });

  it('says what was sent of what', () => {
    expect(progressText(412_000, 806_000)).toBe('412 kB of 806 kB sent (51 %)');
    expect(progressText(900_000, 806_000)).toBe('806 kB of 806 kB sent (100 %)');
  });
});

describe('before sending', () => {
  it('refuses nothing chosen and more than one upload may hold; leaves a big file to the server', () => {
    expect(uploadTooLarge([])).toBe('Choose at least one file.');
    expect(uploadTooLarge([{ size: FILE_LIMIT_BYTES + 1 }])).toBeNull();
    expect(uploadTooLarge([{ size: UPLOAD_LIMIT_BYTES }, { size: 1 }])).toMatch(
      /one upload can be at most 1 GiB/,
    );
  });
});

describe("the server's answer", () => {
  it('reads a 200 as the import, filling what an older server leaves out', () => {
    const outcome = readUploadAnswer(
      200,
      JSON.stringify({ imported: [run()], alreadyStored: 1, duplicatesMerged: 0, problems: [] }),
    );
    expect(outcome).toEqual({
      kind: 'imported',
      result: result({ imported: [run()], alreadyStored: 1 }),
    });
  });

  it('keeps the code, the words and each file’s problem from a 422', () => {
    const problems = [{ file: 'bad.fit', code: 'corrupted', message: 'Not a FIT file.' }];
    const outcome = readUploadAnswer(
      422,
      JSON.stringify({
        error: { code: 'no-activities', message: 'No file gave an activity.', problems },
      }),
    );
    expect(outcome).toEqual({
      kind: 'failed',
      status: 422,
      code: 'no-activities',
      message: 'No file gave an activity.',
      problems,
    });
  });

  it('says what a status means when the body is not the API’s', () => {
    expect(readUploadAnswer(413, '<html>Request Entity Too Large</html>')).toMatchObject({
      kind: 'failed',
      code: 'http-413',
      message: expect.stringMatching(/at most 64 MiB/),
      problems: [],
    });
    expect(readUploadAnswer(0, '')).toMatchObject({ code: 'offline' });
    expect(readUploadAnswer(502, '')).toMatchObject({ message: 'The server answered 502.' });
  });

  it('drops problems that are not shaped as problems', () => {
    const outcome = readUploadAnswer(
      422,
      JSON.stringify({ error: { code: 'no-activities', message: 'x', problems: [{ file: 1 }] } }),
    );
    expect(outcome).toMatchObject({ problems: [] });
  });
});

describe('the summary', () => {
  it('counts runs, stored and merged, singular and plural', () => {
    expect(importSummary(result({ imported: [run(), run()], alreadyStored: 1 }))).toBe(
      '2 runs imported, 1 already stored, 0 duplicates merged',
    );
    expect(importSummary(result({ imported: [run()], duplicatesMerged: 1 }))).toBe(
      '1 run imported, 0 already stored, 1 duplicate merged',
    );
    expect(importSummary(result({}))).toBe(
      '0 runs imported, 0 already stored, 0 duplicates merged',
    );
  });

  it('counts activities when not all of them are runs', () => {
    expect(importSummary(result({ imported: [run(), run('cycling')] }))).toBe(
      '2 activities imported, 0 already stored, 0 duplicates merged',
    );
  });
});
