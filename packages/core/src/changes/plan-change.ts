import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date';

/**
 * A change to the plan, the runner's or the coach's after imported runs; stored in order and
 * replayed onto the generated plan.
 */
export const planChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('move'),
    sessionId: z.string(),
    to: isoDateSchema,
    /** The runner moved it although a rule said no; the plan keeps a warning. */
    insisted: z.boolean(),
    /** Why the coach moved it (runs/adapt-to-runs.ts); shown on the session. */
    reason: z.string().optional(),
  }),
  z.strictObject({ kind: z.literal('skip'), sessionId: z.string() }),
  z.strictObject({
    kind: z.literal('swap'),
    sessionId: z.string(),
    exerciseId: z.string(),
    with: z.string(),
  }),
  /**
   * Fewer sets, same exercises, load and intensity: the coach's answer to a race, a jump in
   * running volume (B9) or a long run that moved (runs/adapt-to-runs.ts).
   */
  z.strictObject({
    kind: z.literal('lighten'),
    sessionId: z.string(),
    /** Share of each exercise's sets kept, at least one set. */
    setFraction: z.number().min(0.3).max(1),
    reason: z.string(),
  }),
]);
export type PlanChange = z.infer<typeof planChangeSchema>;
