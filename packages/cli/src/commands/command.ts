import type { ResolvedIo } from '../io';

/** A subcommand: its name and usage for `help`, and what it does. Failures throw CliError. */
export interface Command {
  name: string;
  summary: string;
  /** Usage lines, the first being the synopsis. */
  usage: readonly string[];
  run: (args: readonly string[], io: ResolvedIo) => Promise<void>;
}
