import type { PlayerState } from './player-machine';

const KEY = 'runstrong.player.v1';

/**
 * The workout in progress, kept on the device so a reload (or a phone that drops the tab) resumes
 * where the runner was; the timers are end times, so a resumed rest is still right. Logged sets
 * are in the log queue, not here.
 */
export const loadSavedPlayer = (): PlayerState | null => {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const state = JSON.parse(raw) as PlayerState;
    return state.version === 1 ? state : null;
  } catch {
    return null;
  }
};

export const savePlayer = (state: PlayerState): void => {
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // No storage: the workout simply cannot be resumed after a reload.
  }
};

export const clearSavedPlayer = (): void => {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
};
