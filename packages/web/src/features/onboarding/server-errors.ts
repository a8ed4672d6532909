/**
 * The server's words about a field stay beside it only while the field holds what was sent:
 * once the runner changes it, the old complaint no longer applies and is hidden.
 */

/** The value at a dotted profile path such as `equipment.box.heightsCm[1]`. */
export const valueAtPath = (root: unknown, path: string): unknown =>
  path
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .reduce<unknown>((node, part) => {
      const index = /^\[(\d+)\]$/.exec(part);
      if (index) return Array.isArray(node) ? node[Number(index[1])] : undefined;
      return node !== null && typeof node === 'object'
        ? (node as Record<string, unknown>)[part]
        : undefined;
    }, root);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The server's field messages that still apply to the profile as it stands now. */
export const liveServerErrors = (
  fields: Record<string, string>,
  sent: unknown,
  current: unknown,
): { path: string; message: string }[] =>
  Object.entries(fields)
    .filter(([path]) => same(valueAtPath(sent, path), valueAtPath(current, path)))
    .map(([path, message]) => ({ path, message }));
