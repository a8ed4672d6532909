import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from './json-schemas';

const published = (name: string) =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL(`../../../../docs/schemas/${name}`, import.meta.url)),
      'utf8',
    ),
  );

describe('published JSON Schemas', () => {
  it('docs/schemas matches the zod schemas (run `npm run schemas` after changing them)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      expect(published(name)).toEqual(schema);
    }
  });
});
