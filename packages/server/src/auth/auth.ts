import { betterAuth } from 'better-auth';
import type { Kysely } from 'kysely';
import type { Config } from '../config/config';
import type { Database, Dialect } from '../db/schema';
import { hashPassword, verifyPassword } from './password-hashing';

/** The header the server sets to the client's address (after TRUST_PROXY); any incoming copy is dropped. */
export const CLIENT_IP_HEADER = 'x-runstrong-client-ip';
export const SESSION_COOKIE_PREFIX = 'runstrong';

export type AuthConfig = Pick<
  Config,
  'publicUrl' | 'trustedOrigins' | 'sessionDays' | 'signInAttemptsPerMinute' | 'signUpsPerMinute'
> & { secret: string };

/**
 * Accounts through better-auth: email and password hashed with argon2id, sessions in the
 * database (so any instance can check them), HttpOnly SameSite=Lax cookies (Secure when the
 * public URL is https), an Origin check on its own endpoints, and sign-in attempts limited per
 * client address with the counters in the database.
 */
export const createAuth = (db: Kysely<Database>, dialect: Dialect, config: AuthConfig) =>
  betterAuth({
    appName: 'RunStrong',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret: config.secret,
    trustedOrigins: config.trustedOrigins,
    database: { db: db as Kysely<unknown> as never, type: dialect },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 256,
      autoSignIn: true,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    user: { deleteUser: { enabled: true } },
    session: {
      expiresIn: config.sessionDays * 24 * 60 * 60,
      updateAge: 24 * 60 * 60,
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: config.signInAttemptsPerMinute },
        '/sign-up/email': { window: 60, max: config.signUpsPerMinute },
        '/change-password': { window: 60, max: 5 },
      },
    },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: config.publicUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      database: { generateId: () => crypto.randomUUID() },
    },
    telemetry: { enabled: false },
  });

export type Auth = ReturnType<typeof createAuth>;
