import {
  isoDateSchema,
  PLAN_VERSION,
  PROFILE_VERSION,
  planSchema,
  runnerProfileSchema,
} from '@runstrong/core';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

/**
 * Dates are a refined string piped into a transform (to brand the type). zod cannot express
 * either half in JSON Schema: the input side loses the check and the output side becomes `{}`.
 * Both are the same thing on the wire, a calendar date.
 */
const describeDates: NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override'] = (ctx) => {
  if (ctx.zodSchema !== (isoDateSchema as unknown)) return;
  for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
  Object.assign(ctx.jsonSchema, {
    type: 'string',
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  });
};

/** The title goes right after `$schema`, where a reader of the file looks first. */
const titled = (title: string, schema: JsonSchema): JsonSchema => {
  const { $schema, ...rest } = schema;
  return { $schema, title, ...rest };
};

/**
 * The profile is what people write, so it is published as zod's input (defaults are optional).
 * The plan is what the coach emits, so it is its output; refinements such as "exactly one of
 * reps, seconds or contacts" cannot be expressed and are left to the coach to guarantee.
 */
export const jsonSchemas = (): Record<string, JsonSchema> => ({
  'runner-profile.schema.json': titled(
    `RunStrong runner profile, version ${PROFILE_VERSION}`,
    z.toJSONSchema(runnerProfileSchema, { io: 'input', override: describeDates }),
  ),
  'plan.schema.json': titled(
    `RunStrong plan, version ${PLAN_VERSION}`,
    z.toJSONSchema(planSchema, { io: 'output', unrepresentable: 'any', override: describeDates }),
  ),
});
