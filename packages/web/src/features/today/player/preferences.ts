import { useCallback, useState } from 'react';

const read = (key: string): boolean => {
  try {
    return localStorage.getItem(key) === 'on';
  } catch {
    return false;
  }
};

/** An on/off choice remembered on this device; off until the runner turns it on. */
export const useRememberedToggle = (key: string): [boolean, (on: boolean) => void] => {
  const [on, setOn] = useState(() => read(key));
  const set = useCallback(
    (next: boolean) => {
      setOn(next);
      try {
        localStorage.setItem(key, next ? 'on' : 'off');
      } catch {
        // Private mode without storage: the choice lasts for this visit.
      }
    },
    [key],
  );
  return [on, set];
};

export const SOUND_KEY = 'runstrong.player.sound';
export const VOICE_KEY = 'runstrong.player.voice';
