import { describeProblem, PROGRAMMES, type RunnerProfile, validateProfile } from '@runstrong/core';
import { CliError } from '../cli-error';
import type { ResolvedIo } from '../io';
import { readJsonFile } from './read-json-file';

/** `--program` is checked on its own, so the error names the flag rather than the file. */
export const checkProgramId = (command: string, id: string | undefined): string | undefined => {
  if (id === undefined) return undefined;
  if (PROGRAMMES.some((p) => p.id === id)) return id;
  throw new CliError(
    'invalid-option',
    `runstrong ${command}: --program "${id}" is not a built-in programme; accepted: ${PROGRAMMES.map((p) => p.id).join(', ')}`,
  );
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Reads a profile file and validates it with the coach's own rules. Every problem comes back at
 * once, one line each, prefixed with the file name like a compiler error.
 */
export const loadProfile = async (
  shown: string,
  io: ResolvedIo,
  programOverride?: string,
): Promise<RunnerProfile> => {
  const input = await readJsonFile(shown, io);
  const withProgram =
    programOverride !== undefined && isPlainObject(input)
      ? { ...input, program: programOverride }
      : input;
  const result = validateProfile(withProgram);
  if (result.ok) return result.value;
  throw new CliError(
    'invalid-profile',
    result.error.map((problem) => `${shown}: ${describeProblem(problem)}`),
  );
};
