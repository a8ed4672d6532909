import { ApiError } from '../../api/client';
import { Button } from '../../components/button';

/** "Loading…" for a part of the page, announced politely. */
export const Loading = ({ what }: { what: string }) => (
  <p role="status" className="py-4 text-sm text-stone-700">
    Loading {what}…
  </p>
);

/** A failed read in the server's words (or "no connection"), with a way to try again. */
export const LoadError = ({ error, retry }: { error: unknown; retry: () => void }) => (
  <div role="alert" className="flex flex-col items-start gap-2 rounded-lg bg-red-50 p-3">
    <p className="text-sm text-red-900">
      {error instanceof ApiError ? error.message : 'Something went wrong reading your progress.'}
    </p>
    <Button variant="secondary" onClick={retry}>
      Try again
    </Button>
  </div>
);
