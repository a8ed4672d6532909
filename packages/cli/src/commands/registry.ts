import { backupCommand } from './backup.command';
import type { Command } from './command';
import { exercisesCommand } from './exercises.command';
import { explainCommand } from './explain.command';
import { importCommand } from './import.command';
import { loadCommand } from './load.command';
import { planCommand } from './plan.command';
import { programsCommand } from './programs.command';
import { schemaCommand } from './schema.command';

/** The subcommands, in the order `help` lists them. */
export const COMMANDS: readonly Command[] = [
  planCommand,
  exercisesCommand,
  programsCommand,
  explainCommand,
  schemaCommand,
  backupCommand,
  importCommand,
  loadCommand,
];

export const findCommand = (name: string): Command | undefined =>
  COMMANDS.find((c) => c.name === name);
