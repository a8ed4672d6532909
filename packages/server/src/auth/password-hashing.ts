import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id` is an ambient const enum, which isolated modules cannot read; its value is 2. */
const ARGON2ID = 2;

/**
 * argon2id with OWASP's second recommended configuration (19 MiB, 2 iterations, 1 lane): strong,
 * and quick enough on a 2-core machine that sign-in stays well under 100 ms.
 */
const OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export const verifyPassword = async ({
  hash: encoded,
  password,
}: {
  hash: string;
  password: string;
}) => {
  try {
    return await verify(encoded, password);
  } catch {
    // A malformed stored hash is a failed sign-in, never a crash.
    return false;
  }
};
