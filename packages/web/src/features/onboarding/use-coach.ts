import { useEffect, useState } from 'react';

export type Coach = typeof import('./preview-model');

/**
 * The coach for the live preview, loaded after the form has appeared: it is most of the app's
 * JavaScript (zod, the exercise catalogue) and the form does not need it to be typed into.
 * `failed` is set when it cannot be fetched (offline); the runner can still save.
 */
export const useCoach = (): { coach: Coach | null; failed: boolean } => {
  const [coach, setCoach] = useState<Coach | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import('./preview-model').then(
      (module) => live && setCoach(() => module),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return { coach, failed };
};
