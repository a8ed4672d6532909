import { PROGRAMMES } from '@runstrong/core';
import { chooseOne, parseOptions } from '../args';
import { renderTable } from '../render/table';
import type { Command } from './command';

const FORMATS = ['table', 'json'] as const;

const OPTIONS = {
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const programsCommand: Command = {
  name: 'programs',
  summary: 'List the built-in programmes',
  usage: ['runstrong programs [--format table|json]', '  --format FORMAT  table (default) or json'],
  run: async (args, io) => {
    const values = parseOptions('programs', args, OPTIONS);
    const format = chooseOne('programs', 'format', values.format, FORMATS, 'table');
    // Programmes carry functions (slot templates): only their description is printed.
    const list = PROGRAMMES.map(({ id, name, summary, source }) => ({ id, name, summary, source }));
    if (format === 'json') {
      io.stdout(`${JSON.stringify(list, null, 2)}\n`);
      return;
    }
    const rows = list.map((p) => [p.id, p.name, p.summary]);
    io.stdout(`${renderTable(['id', 'name', 'summary'], rows)}\n`);
  },
};
