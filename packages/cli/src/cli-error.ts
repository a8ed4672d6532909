import type { ErrorCode } from './exit-codes';

/**
 * An expected failure caused by the user's input: printed as readable lines, never as a stack
 * trace. One line per problem, so a runner can fix their file in one go.
 */
export class CliError extends Error {
  readonly code: ErrorCode;
  readonly lines: readonly string[];

  constructor(code: ErrorCode, lines: string | readonly string[]) {
    const all = typeof lines === 'string' ? [lines] : lines;
    super(all.join('\n'));
    this.name = 'CliError';
    this.code = code;
    this.lines = all;
  }
}

export const isCliError = (error: unknown): error is CliError => error instanceof CliError;
