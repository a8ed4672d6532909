import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleProfile, run, tempDir } from '../testing/run-main';

type Schema = Record<string, unknown> & {
  properties: Record<string, Record<string, unknown>>;
  required: string[];
};

/** Paths of `{}` sub-schemas: each would accept anything, i.e. a type zod could not express. */
const emptySchemas = (node: unknown, path = ''): string[] => {
  if (node === null || typeof node !== 'object') return [];
  if (!Array.isArray(node) && Object.keys(node).length === 0) return [path];
  return Object.entries(node).flatMap(([key, value]) => emptySchemas(value, `${path}/${key}`));
};

describe('runstrong schema', () => {
  it('prints both JSON Schemas keyed by file name', async () => {
    const result = await run(['schema']);
    expect(result.code).toBe(0);
    const schemas = JSON.parse(result.stdout) as Record<string, Schema>;
    expect(Object.keys(schemas)).toEqual(['runner-profile.schema.json', 'plan.schema.json']);
    const profile = schemas['runner-profile.schema.json'] as Schema;
    expect(profile.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(profile.title).toBe('RunStrong runner profile, version 1');
    // Input schema: fields with defaults are optional for the person writing the file.
    expect(profile.required.sort()).toEqual(['experience', 'runningWeek', 'startDate', 'version']);
    expect(profile.properties.startDate).toEqual({
      type: 'string',
      format: 'date',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    });
    for (const key of Object.keys(await exampleProfile()))
      expect(profile.properties).toHaveProperty(key);

    const plan = schemas['plan.schema.json'] as Schema;
    expect(plan.title).toBe('RunStrong plan, version 1');
    expect(plan.required).toContain('weeks');
    expect(plan.properties.endDate).toMatchObject({ type: 'string', format: 'date' });
    expect(emptySchemas(plan)).toEqual([]);
    expect(emptySchemas(profile)).toEqual([]);
  });

  it('writes runner-profile.schema.json and plan.schema.json with --write, creating the folder', async () => {
    const dir = join(await tempDir(), 'docs', 'schemas');
    const result = await run(['schema', '--write', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.errors).toEqual([
      `runstrong: wrote ${join(dir, 'runner-profile.schema.json')}`,
      `runstrong: wrote ${join(dir, 'plan.schema.json')}`,
    ]);
    const printed = JSON.parse((await run(['schema'])).stdout) as Record<string, unknown>;
    for (const file of ['runner-profile.schema.json', 'plan.schema.json']) {
      expect(JSON.parse(await readFile(join(dir, file), 'utf8'))).toEqual(printed[file]);
    }
  });
});
