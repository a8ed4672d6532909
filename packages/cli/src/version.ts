import { readFileSync } from 'node:fs';

/** The version is read from package.json, the one place it is kept. */
export const cliVersion = (): string => {
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
};
