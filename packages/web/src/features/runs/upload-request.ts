import { readUploadAnswer, type UploadOutcome } from './upload-outcome';

export interface UploadProgress {
  sent: number;
  total: number;
}

export interface UploadHandle {
  /** Settles once, with the import, the server's refusal, a lost connection or "cancelled". */
  outcome: Promise<UploadOutcome>;
  cancel: () => void;
}

/**
 * POST /api/activities as multipart/form-data, one `files` part per file. XMLHttpRequest rather
 * than fetch: only it reports how much of the body has been sent. Same origin, so the session
 * cookie goes with it and the browser's Origin header passes the CSRF check.
 */
export const uploadActivities = (
  files: readonly File[],
  onProgress: (progress: UploadProgress) => void,
): UploadHandle => {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  // The body's size as the browser counts it (files and multipart boundaries) once it says.
  let total = files.reduce((sum, file) => sum + file.size, 0);

  const xhr = new XMLHttpRequest();
  const outcome = new Promise<UploadOutcome>((resolve) => {
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) total = event.total;
      onProgress({ sent: event.loaded, total });
    });
    xhr.upload.addEventListener('load', () => onProgress({ sent: total, total }));
    xhr.addEventListener('load', () => resolve(readUploadAnswer(xhr.status, xhr.responseText)));
    xhr.addEventListener('error', () => resolve(readUploadAnswer(0, '')));
    xhr.addEventListener('timeout', () => resolve(readUploadAnswer(0, '')));
    xhr.addEventListener('abort', () => resolve({ kind: 'cancelled' }));
  });
  xhr.open('POST', '/api/activities');
  xhr.responseType = 'text';
  xhr.setRequestHeader('accept', 'application/json');
  onProgress({ sent: 0, total });
  xhr.send(form);
  return { outcome, cancel: () => xhr.abort() };
};
