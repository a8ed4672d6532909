import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

describe('configuration', () => {
  it('defaults to port 3000, ./data and the embedded SQLite database', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ port: 3000, dataDir: './data', database: { kind: 'sqlite' } });
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('switches to PostgreSQL with DATABASE_URL', () => {
    expect(parseConfig({ DATABASE_URL: 'postgres://u@db/runstrong' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@db/runstrong',
    });
  });

  it('names each bad variable and what it accepts, without echoing secrets', () => {
    try {
      parseConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://root:hunter2@db',
        RUNSTRONG_AUTH_SECRET: 'short',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/^PORT="eighty": /m);
      expect(problems.join('\n')).toMatch(
        /^DATABASE_URL=\(hidden\): expected a postgres:\/\/ URL/m,
      );
      expect(problems.join('\n')).not.toMatch(/hunter2|short/);
    }
  });
});
