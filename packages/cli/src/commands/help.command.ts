import { CliError } from '../cli-error';
import type { Command } from './command';
import { COMMANDS, findCommand } from './registry';

export const COMMAND_NAMES: readonly string[] = [...COMMANDS.map((c) => c.name), 'help'];

export const unknownCommand = (name: string): CliError =>
  new CliError(
    'unknown-command',
    `runstrong: unknown command "${name}"; commands: ${COMMAND_NAMES.join(', ')}`,
  );

export const usageText = (): string => {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'runstrong: a strength coach for runners',
    '',
    'Usage: runstrong <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  Show this help, or a command's: runstrong help plan`,
    '',
    'Options:',
    "  -h, --help     show help (after a command: that command's help)",
    '  -v, --version  print the version',
    '',
    'Bad input exits with 2, an internal error with 1 (RUNSTRONG_DEBUG=1 prints its stack).',
    '',
  ].join('\n');
};

export const commandUsage = (command: Command): string => `Usage: ${command.usage.join('\n')}\n`;

export const helpCommand: Command = {
  name: 'help',
  summary: 'Show usage',
  usage: ['runstrong help [COMMAND]'],
  run: async (args, io) => {
    const [name, ...rest] = args;
    if (rest.length > 0)
      throw new CliError('unknown-option', `runstrong help: expected at most one command name`);
    if (name === undefined) {
      io.stdout(usageText());
      return;
    }
    const command = findCommand(name);
    if (!command) throw unknownCommand(name);
    io.stdout(commandUsage(command));
  },
};
