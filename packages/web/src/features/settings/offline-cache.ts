/**
 * The service worker keeps the last plan and profile answers in this cache so the current week
 * works offline (vite.config.ts names it). They belong to whoever was signed in, so signing out
 * or deleting the account empties it: the next person on this device must not see them.
 */
export const API_CACHE = 'runstrong-api';

export const clearOfflineApiCache = async (): Promise<void> => {
  try {
    if (typeof caches !== 'undefined') await caches.delete(API_CACHE);
  } catch {
    // No Cache Storage (an insecure origin, a private window): nothing was cached.
  }
};
