import { z } from 'zod';

/** SPEC.md rule ids: A1–A13 from the seed article, B1–B37 from the research. */
export const ruleIdSchema = z.string().regex(/^(A([1-9]|1[0-3])|B([1-9]|[12]\d|3[0-7]))$/);
export type RuleId = `A${number}` | `B${number}`;
