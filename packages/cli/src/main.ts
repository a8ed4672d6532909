import { CliError, isCliError } from './cli-error';
import type { Command } from './commands/command';
import {
  COMMAND_NAMES,
  commandUsage,
  helpCommand,
  unknownCommand,
  usageText,
} from './commands/help.command';
import { findCommand } from './commands/registry';
import { exitCodeFor } from './exit-codes';
import { type CliIo, type ResolvedIo, resolveIo } from './io';
import { cliVersion } from './version';

export type { CliIo } from './io';

const wantsHelp = (args: readonly string[]): boolean =>
  args.includes('--help') || args.includes('-h');

const dispatch = async (argv: readonly string[], io: ResolvedIo): Promise<void> => {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(usageText());
    return;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${cliVersion()}\n`);
    return;
  }
  if (name.startsWith('-')) {
    throw new CliError(
      'unknown-option',
      `runstrong: unknown option ${name}; before a command only --help and --version are accepted (${COMMAND_NAMES.join(', ')} are the commands)`,
    );
  }
  const command: Command | undefined = name === 'help' ? helpCommand : findCommand(name);
  if (!command) throw unknownCommand(name);
  // `runstrong plan --help` prints help even when other flags are missing or wrong.
  if (command !== helpCommand && wantsHelp(rest)) {
    io.stdout(commandUsage(command));
    return;
  }
  await command.run(rest, io);
};

/**
 * Runs one invocation and returns its exit code; never throws and never exits the process, so
 * tests can call it in-process. Expected problems print one line each; anything else is a bug in
 * runstrong and prints one line (with the stack only when RUNSTRONG_DEBUG=1).
 */
export const main = async (argv: readonly string[], cliIo: CliIo): Promise<number> => {
  const io = resolveIo(cliIo);
  try {
    await dispatch(argv, io);
    return exitCodeFor('ok');
  } catch (error) {
    if (isCliError(error)) {
      for (const line of error.lines) io.stderr(`${line}\n`);
      return exitCodeFor(error.code);
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`runstrong: internal error: ${message.split('\n')[0]}\n`);
    if (io.env.RUNSTRONG_DEBUG === '1' && error instanceof Error && error.stack)
      io.stderr(`${error.stack}\n`);
    return exitCodeFor('internal');
  }
};
