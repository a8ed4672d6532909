import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date';

/** A runner's change to their plan; stored in order and replayed onto the generated plan. */
export const planChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('move'),
    sessionId: z.string(),
    to: isoDateSchema,
    /** The runner moved it although a rule said no; the plan keeps a warning. */
    insisted: z.boolean(),
  }),
  z.strictObject({ kind: z.literal('skip'), sessionId: z.string() }),
  z.strictObject({
    kind: z.literal('swap'),
    sessionId: z.string(),
    exerciseId: z.string(),
    with: z.string(),
  }),
]);
export type PlanChange = z.infer<typeof planChangeSchema>;
