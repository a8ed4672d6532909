import { z } from 'zod';

/**
 * Every setting the server reads, parsed once at start from the environment. A bad value stops
 * the start with one line per problem; nothing else in the server reads `process.env`.
 */
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    RUNSTRONG_DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(
        /^postgres(ql)?:\/\//,
        'expected a postgres:// URL; leave it unset for the embedded SQLite file',
      )
      .optional(),
    RUNSTRONG_AUTH_SECRET: z.string().min(32, 'at least 32 characters').optional(),
    PUBLIC_URL: z.url().optional(),
    TRUSTED_ORIGINS: z.string().optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    TRUST_PROXY: booleanFlag.default(false),
    SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(100).default(5),
    SIGN_UPS_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(10),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    IMPORT_LIMIT_BYTES: z.coerce.number().int().min(1024).default(20_971_520),
    /** Activity uploads (files or a Strava export zip), streamed: 1 GiB by default. */
    UPLOAD_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_073_741_824),
  })
  .transform((env) => {
    const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
    return {
      port: env.PORT,
      host: env.HOST,
      dataDir: env.RUNSTRONG_DATA_DIR,
      database: env.DATABASE_URL
        ? ({ kind: 'postgres', url: env.DATABASE_URL } as const)
        : ({ kind: 'sqlite' } as const),
      authSecret: env.RUNSTRONG_AUTH_SECRET,
      publicUrl,
      trustedOrigins: [
        publicUrl,
        ...(env.TRUSTED_ORIGINS?.split(',')
          .map((o) => o.trim())
          .filter(Boolean) ?? []),
      ],
      logLevel: env.LOG_LEVEL,
      sessionDays: env.SESSION_DAYS,
      trustProxy: env.TRUST_PROXY,
      signInAttemptsPerMinute: env.SIGN_IN_ATTEMPTS_PER_MINUTE,
      signUpsPerMinute: env.SIGN_UPS_PER_MINUTE,
      bodyLimit: env.BODY_LIMIT_BYTES,
      importLimit: env.IMPORT_LIMIT_BYTES,
      uploadLimit: env.UPLOAD_LIMIT_BYTES,
    };
  });

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** Names the variable, the value given and what is accepted; never echoes a secret. */
export const parseConfig = (env: Record<string, string | undefined>): Config => {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const shown =
        name.includes('SECRET') || name === 'DATABASE_URL' ? '(hidden)' : JSON.stringify(env[name]);
      return `${name}=${shown}: ${issue.message}`;
    }),
  );
};
