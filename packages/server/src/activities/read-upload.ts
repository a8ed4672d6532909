import {
  ActivityImport,
  DEFAULT_IMPORT_LIMITS,
  type ImportOutcome,
  type ImportProblem,
  type ZipSink,
} from '@runstrong/activities';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const isZip = (head: Uint8Array): boolean => ZIP_MAGIC.every((byte, i) => head[i] === byte);

const concat = (chunks: readonly Uint8Array[], length: number): Uint8Array => {
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
};

export const uploadTooLarge = (limit: number) =>
  new AppError(413, 'upload-too-large', `an upload may carry at most ${limit} bytes in all`, {
    limitBytes: limit,
  });

/**
 * One file part, streamed: a zip goes chunk by chunk into the importer (a 1 GB Strava export is
 * never held whole); any other file is collected up to the per-file limit, past which the rest is
 * drained and the file reported `too-large`.
 */
const readFilePart = async (
  stream: AsyncIterable<Uint8Array>,
  name: string,
  importer: ActivityImport,
  count: (bytes: number) => void,
): Promise<ImportProblem | undefined> => {
  const limit = DEFAULT_IMPORT_LIMITS.maxFileBytes;
  const chunks: Uint8Array[] = [];
  let length = 0;
  let zip: ZipSink | undefined;
  let tooLarge = false;
  let sniffed = false;
  for await (const chunk of stream) {
    count(chunk.length);
    if (zip) {
      zip.push(chunk);
      continue;
    }
    if (tooLarge) continue;
    chunks.push(chunk);
    length += chunk.length;
    if (!sniffed && length >= ZIP_MAGIC.length) {
      sniffed = true;
      if (isZip(concat(chunks, length))) {
        zip = importer.openZip(name);
        zip.push(concat(chunks, length));
        chunks.length = 0;
        continue;
      }
    }
    if (length > limit) {
      tooLarge = true;
      chunks.length = 0;
    }
  }
  if (zip) {
    zip.end();
    return undefined;
  }
  if (tooLarge) {
    return {
      file: name,
      code: 'too-large',
      message: `The file is larger than ${limit} bytes; it was not read.`,
    };
  }
  importer.addFile(name, concat(chunks, length));
  return undefined;
};

export interface UploadOutcome extends ImportOutcome {
  /** File parts in the request (zip entries are counted in `files`). */
  uploads: number;
}

/**
 * Every file part of a multipart request through one import. Over `limitBytes` in all, the
 * request fails with 413 `upload-too-large` and nothing is kept; nothing is stored here at all.
 */
export const readUpload = async (
  request: FastifyRequest,
  limitBytes: number,
): Promise<UploadOutcome> => {
  if (!request.isMultipart()) {
    throw new AppError(
      415,
      'not-multipart',
      'send the files as multipart/form-data (e.g. curl -F files=@run.fit)',
    );
  }
  const importer = new ActivityImport();
  const problems: ImportProblem[] = [];
  let total = 0;
  let uploads = 0;
  const count = (bytes: number) => {
    total += bytes;
    if (total > limitBytes) throw uploadTooLarge(limitBytes);
  };
  for await (const part of request.parts()) {
    if (part.type !== 'file') continue;
    uploads++;
    const name = part.filename || `${part.fieldname}-${uploads}`;
    const problem = await readFilePart(part.file, name, importer, count);
    if (problem) problems.push(problem);
  }
  if (uploads === 0) {
    throw new AppError(400, 'no-files', 'the request carried no file: send at least one');
  }
  const outcome = importer.finish();
  return { ...outcome, problems: [...problems, ...outcome.problems], uploads };
};
