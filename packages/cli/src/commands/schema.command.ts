import { join } from 'node:path';
import { parseOptions } from '../args';
import { writeUserFile } from '../output';
import { jsonSchemas } from '../schema/json-schemas';
import type { Command } from './command';

const OPTIONS = {
  write: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const asJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'Print or write the JSON Schemas of the runner profile and the plan',
  usage: [
    'runstrong schema [--write DIR]',
    '  (no flag)    print both schemas as one JSON object keyed by file name',
    '  --write DIR  write runner-profile.schema.json and plan.schema.json into DIR',
  ],
  run: async (args, io) => {
    const values = parseOptions('schema', args, OPTIONS);
    const schemas = jsonSchemas();
    if (values.write === undefined) {
      io.stdout(asJson(schemas));
      return;
    }
    for (const [file, schema] of Object.entries(schemas)) {
      await writeUserFile(join(values.write, file), asJson(schema), io);
    }
  },
};
