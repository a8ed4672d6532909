import type { z } from 'zod';

/**
 * One thing wrong with a runner's input, in words they can act on: where (`path`, dotted as in
 * the JSON), what they gave (`value`), and what would be accepted.
 */
export interface InputProblem {
  code: string;
  path: string;
  value: unknown;
  message: string;
  accepted?: string;
}

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '') || '(profile)';

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => {
    if (node !== null && typeof node === 'object') {
      return (node as Record<PropertyKey, unknown>)[key];
    }
    return undefined;
  }, root);

const describeType = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'string' ? 'the text' : `the ${typeof value}`} ${JSON.stringify(value)}`;
};

const list = (values: readonly unknown[]): string =>
  values.map((v) => JSON.stringify(v)).join(', ');

/** Turns zod's issues into InputProblems; one zod issue can name several unknown keys. */
export const problemsFromZod = (
  error: z.ZodError,
  input: unknown,
  schema?: z.core.$ZodType,
): InputProblem[] =>
  error.issues.flatMap((issue): InputProblem[] => {
    const value = valueAt(input, issue.path);
    const path = formatPath(issue.path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const parent = valueAt(input, issue.path);
        const known = schema ? keysAtPath(schema, issue.path)?.join(', ') : undefined;
        return issue.keys.map((key) => ({
          code: 'unknown-field',
          path: formatPath([...issue.path, key]),
          value: (parent as Record<string, unknown> | undefined)?.[key],
          message: `unknown field "${key}"`,
          ...(known ? { accepted: known } : {}),
        }));
      }
      case 'invalid_value':
        return [
          {
            code: value === undefined ? 'missing-field' : 'invalid-value',
            path,
            value,
            message:
              value === undefined ? 'is required' : `${JSON.stringify(value)} is not accepted`,
            accepted: `one of ${list(issue.values)}`,
          },
        ];
      case 'invalid_type':
        return [
          {
            code: value === undefined ? 'missing-field' : 'wrong-type',
            path,
            value,
            message:
              value === undefined
                ? 'is required'
                : `expected ${issue.expected}, got ${describeType(value)}`,
            accepted: issue.expected,
          },
        ];
      case 'too_small':
      case 'too_big': {
        const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
        const isCount = issue.origin === 'array' || issue.origin === 'string';
        const word = issue.code === 'too_small' ? 'at least' : 'at most';
        const unit =
          issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : '';
        return [
          {
            code: 'out-of-range',
            path,
            value,
            message: isCount
              ? `has too ${issue.code === 'too_small' ? 'few' : 'many'}${unit}`
              : `${String(value)} is out of range`,
            accepted: `${word} ${String(bound)}${unit}`,
          },
        ];
      }
      default:
        return [{ code: 'invalid', path, value, message: issue.message }];
    }
  });

/**
 * zod 4 does not say which keys an object accepts, so walk the schema to the object at `path`
 * and read its shape. Wrappers (optional, default, pipe) are looked through.
 */
const keysAtPath = (
  schema: z.core.$ZodType,
  path: readonly PropertyKey[],
): string[] | undefined => {
  let node: z.core.$ZodType | undefined = schema;
  for (const key of [...path, undefined]) {
    node = unwrap(node);
    const def = node?._zod.def as
      | { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType }
      | undefined;
    if (key === undefined) return def?.shape ? Object.keys(def.shape) : undefined;
    if (def?.type === 'object' && def.shape && typeof key === 'string') node = def.shape[key];
    else if (def?.type === 'array' && typeof key === 'number') node = def.element;
    else return undefined;
  }
  return undefined;
};

const unwrap = (node: z.core.$ZodType | undefined): z.core.$ZodType | undefined => {
  let current = node;
  for (let depth = 0; current && depth < 10; depth++) {
    const def = current._zod.def as {
      type: string;
      innerType?: z.core.$ZodType;
      in?: z.core.$ZodType;
    };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
  return current;
};

/** One line a runner can act on; every message already quotes the value it refuses. */
export const describeProblem = (problem: InputProblem): string => {
  const accepted = problem.accepted ? `; accepted: ${problem.accepted}` : '';
  return `${problem.path}: ${problem.message}${accepted}`;
};
