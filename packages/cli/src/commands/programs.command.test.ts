import { PROGRAMMES } from '@runstrong/core';
import { describe, expect, it } from 'vitest';
import { run } from '../testing/run-main';

describe('runstrong programs', () => {
  it('lists id, name and summary of every built-in programme as a table', async () => {
    const result = await run(['programs']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+name\s+summary$/);
    expect(lines).toHaveLength(PROGRAMMES.length + 2);
    expect(result.stdout).toMatch(
      /^seed-sample-week\s+Sample week \(from the article\)\s+Monday single-leg squats/m,
    );
  });

  it('prints JSON with id, name, summary and source', async () => {
    const result = await run(['programs', '--format', 'json']);
    expect(result.code).toBe(0);
    const list = JSON.parse(result.stdout) as {
      id: string;
      name: string;
      summary: string;
      source: string;
    }[];
    expect(list.map((p) => p.id)).toEqual(PROGRAMMES.map((p) => p.id));
    expect(list[0]).toEqual({
      id: PROGRAMMES[0]?.id,
      name: PROGRAMMES[0]?.name,
      summary: PROGRAMMES[0]?.summary,
      source: PROGRAMMES[0]?.source,
    });
  });
});
