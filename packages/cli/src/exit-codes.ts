/**
 * Every way a run can end, and the exit code each one gives. This is the only place that maps
 * errors to exit codes, so scripts relying on `runstrong` see one consistent contract:
 * 0 done, 1 a bug in runstrong, 2 something wrong with what the user gave it (flags, files, a
 * place to write that cannot be written).
 */
export const EXIT_CODES = {
  ok: 0,
  internal: 1,
  'unknown-command': 2,
  'unknown-option': 2,
  'missing-option': 2,
  'invalid-option': 2,
  'file-not-found': 2,
  'file-unreadable': 2,
  'invalid-json': 2,
  'invalid-profile': 2,
  'cannot-write': 2,
} as const;

export type Outcome = keyof typeof EXIT_CODES;
/** Outcomes a CliError can carry: everything but success. */
export type ErrorCode = Exclude<Outcome, 'ok'>;

export const exitCodeFor = (outcome: Outcome): number => EXIT_CODES[outcome];
