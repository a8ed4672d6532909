import { generatePlan } from '../plan/generate-plan';
import type { Plan } from '../plan/plan.schema';
import { fail, ok, type Result } from '../result';
import type { InputProblem } from './input-problem';
import { validateProfile } from './validate-profile';

/** Untrusted JSON in, a plan or every problem with the input out. */
export const planFromInput = (input: unknown): Result<Plan, InputProblem[]> => {
  const profile = validateProfile(input);
  return profile.ok ? ok(generatePlan(profile.value)) : fail(profile.error);
};
