export interface ImportLimits {
  /** Largest single activity file, read or unpacked (gz or zip entry): 64 MiB. */
  maxFileBytes: number;
  /** Most bytes all entries of one zip may unpack to, in total: 1 GiB. */
  maxUnpackedBytes: number;
  /** Most entries one zip may hold: 50_000. */
  maxEntries: number;
}

/**
 * From the fixtures' bytes per point, a whole day recorded once a second is ~4 MB as FIT and
 * ~22 MB as GPX: 64 MiB refuses only what is not a recording. 1 GiB unpacked is ~1000 hours of
 * GPX at that rate, more as FIT, and with 50 000 entries it bounds the work one archive can cause.
 * Bigger exports need a higher limit passed in (ADR 0015).
 */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = Object.freeze({
  maxFileBytes: 64 * 1024 * 1024,
  maxUnpackedBytes: 1024 * 1024 * 1024,
  maxEntries: 50_000,
});
