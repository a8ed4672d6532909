import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The README's example profile, as a runner would send it. */
export const exampleProfile = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../../../../examples/profile.json', import.meta.url)),
      'utf8',
    ),
  );
