import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/button';
import { ImportOutcomeView } from './import-outcome';
import { refreshAfterRuns } from './runs-api';
import {
  ACCEPTED_FILES,
  progressPercent,
  progressText,
  type UploadOutcome,
  uploadTooLarge,
} from './upload-outcome';
import { type UploadHandle, uploadActivities } from './upload-request';

type UploadState =
  | { kind: 'idle' }
  | { kind: 'refused'; message: string }
  | { kind: 'uploading'; files: number; sent: number; total: number }
  | { kind: 'done'; files: number; sent: number; total: number; outcome: UploadOutcome };

const filesWord = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;

/**
 * Choosing or dropping run files sends them at once, with the bytes sent on a progress bar and a
 * way to cancel; then what the server made of each file. The file input is the way in for
 * keyboards and screen readers; dropping onto the area is the same thing for a mouse.
 */
export const UploadSection = () => {
  const queryClient = useQueryClient();
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const handle = useRef<UploadHandle | null>(null);
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const uploading = state.kind === 'uploading';

  // Leaving the screen stops an upload in flight rather than leaving it running unseen.
  useEffect(() => () => handle.current?.cancel(), []);

  const start = (files: File[]) => {
    if (handle.current) return;
    const refused = uploadTooLarge(files);
    if (refused) {
      setState({ kind: 'refused', message: refused });
      return;
    }
    const count = files.length;
    setState({ kind: 'uploading', files: count, sent: 0, total: 0 });
    const upload = uploadActivities(files, ({ sent, total }) =>
      setState((s) => (s.kind === 'uploading' ? { ...s, sent, total } : s)),
    );
    handle.current = upload;
    void upload.outcome.then(async (outcome) => {
      handle.current = null;
      if (inputRef.current) inputRef.current.value = '';
      setState((s) => ({
        kind: 'done',
        files: count,
        sent: s.kind === 'uploading' ? s.sent : 0,
        total: s.kind === 'uploading' ? s.total : 0,
        outcome,
      }));
      // A cancelled upload may have reached the server whole: the list says what is stored.
      if (outcome.kind !== 'failed') await refreshAfterRuns(queryClient);
    });
  };

  const onDrop = (event: DragEvent<HTMLFieldSetElement>) => {
    event.preventDefault();
    setDragging(false);
    if (uploading) return;
    const files = [...event.dataTransfer.files];
    if (files.length > 0) start(files);
  };
  const onDragOver = (event: DragEvent<HTMLFieldSetElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = uploading ? 'none' : 'copy';
    if (!dragging) setDragging(true);
  };

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <h2 id={headingId} className="text-xl font-bold">
        Upload runs
      </h2>
      {/* The drop area. Unnamed: the file input it holds is the way in, and carries the name. */}
      <fieldset
        onDragOver={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex min-w-0 flex-col gap-2 rounded-xl border-2 border-dashed p-4 md:p-6 ${
          dragging ? 'border-brand bg-teal-50' : 'border-stone-400 bg-white'
        }`}
      >
        <label htmlFor={inputId} className="text-base font-semibold">
          Choose run files
        </label>
        <p id={hintId} className="text-sm text-stone-700">
          FIT, GPX or TCX files, Strava’s activities.csv, any of those gzipped, or your whole Strava
          export .zip — several at once, or drop them on this box. Up to 64 MiB a file and 1 GiB an
          upload.
        </p>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          aria-describedby={hintId}
          disabled={uploading}
          onChange={(event) => start([...(event.target.files ?? [])])}
          className="min-h-11 max-w-full text-sm text-stone-800 file:mr-3 file:min-h-11 file:cursor-pointer file:rounded-lg file:border-0 file:bg-brand file:px-4 file:py-2 file:font-semibold file:text-white hover:file:bg-brand-strong disabled:opacity-60"
        />
      </fieldset>

      {state.kind === 'refused' && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-900">
          {state.message}
        </p>
      )}
      {(state.kind === 'uploading' || state.kind === 'done') && (
        <UploadProgressBar
          label={
            state.kind === 'uploading'
              ? `Uploading ${filesWord(state.files)}`
              : `Upload of ${filesWord(state.files)}`
          }
          sent={state.sent}
          total={state.total}
        />
      )}
      {state.kind === 'uploading' && (
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="secondary" onClick={() => handle.current?.cancel()}>
            Cancel upload
          </Button>
          {state.total > 0 && state.sent >= state.total && (
            <p role="status" className="text-sm text-stone-800">
              Sent. Reading your files…
            </p>
          )}
        </div>
      )}
      {state.kind === 'done' && (
        <ImportOutcomeView
          outcome={state.outcome}
          sentInFull={state.total > 0 && state.sent >= state.total}
        />
      )}
    </section>
  );
};

const UploadProgressBar = ({
  label,
  sent,
  total,
}: {
  label: string;
  sent: number;
  total: number;
}) => {
  const labelId = useId();
  const percent = progressPercent(sent, total);
  const words = total > 0 ? progressText(sent, total) : 'Starting…';
  return (
    <div className="flex flex-col gap-1">
      <span id={labelId} className="text-sm font-medium text-stone-800">
        {label}
      </span>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={words}
        className="h-3 w-full overflow-hidden rounded-full border border-stone-500 bg-stone-100"
      >
        <div className="h-full bg-brand" style={{ width: `${percent}%` }} />
      </div>
      <span className="text-sm text-stone-700 tabular-nums">{words}</span>
    </div>
  );
};
