import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date';
import { ruleIdSchema } from './rule-id';

/**
 * Why the plan is the way it is. `placed` and `adjusted` follow a rule; `relaxed` names the rule
 * that could not be kept that week and why; `dropped` says what was left out, never silently;
 * `warning` flags an input the runner should know about (a short block, missing equipment).
 */
export const decisionSchema = z.strictObject({
  kind: z.enum(['placed', 'relaxed', 'dropped', 'adjusted', 'warning']),
  rule: ruleIdSchema,
  relaxed: ruleIdSchema.optional(),
  /** Plan weeks (1-based) the decision applies to. */
  weeks: z.array(z.number().int().min(1)),
  dates: z.array(isoDateSchema).optional(),
  message: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const dayReasonSchema = z.strictObject({
  rule: ruleIdSchema.optional(),
  message: z.string(),
});
export type DayReason = z.infer<typeof dayReasonSchema>;
