import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/config';
import { ConfigError } from '../config/config';

const SECRET_FILE = 'auth-secret';

/**
 * The secret that signs session cookies. Set RUNSTRONG_AUTH_SECRET in production; a laptop on
 * SQLite gets one generated once into the data directory (readable by its owner only). Several
 * PostgreSQL instances must share it, so there it is required.
 */
export const resolveAuthSecret = (
  config: Pick<Config, 'authSecret' | 'database' | 'dataDir'>,
): string => {
  if (config.authSecret) return config.authSecret;
  if (config.database.kind === 'postgres') {
    throw new ConfigError([
      'RUNSTRONG_AUTH_SECRET: required with DATABASE_URL, so that every instance signs sessions alike (at least 32 characters, e.g. `openssl rand -base64 48`)',
    ]);
  }
  const path = join(config.dataDir, SECRET_FILE);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
};
