/**
 * Reading the plain objects fast-xml-parser produces (with `removeNSPrefix`, attributes as `@_name`,
 * text as `#text`, every value a string). A tag that occurs once is an object, twice an array:
 * these helpers hide that, and they only ever read own properties, so a tag called `constructor`
 * or `__proto__` in a hostile file cannot reach the prototype.
 */
export type XmlNode = { readonly [name: string]: unknown };

export const isNode = (value: unknown): value is XmlNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const own = (node: unknown, key: string): unknown =>
  isNode(node) && Object.hasOwn(node, key) ? node[key] : undefined;

/** Every child element called `name`, in document order. */
export function childrenOf(node: unknown, name: string): readonly unknown[] {
  const value = own(node, name);
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first child element called `name`, or undefined. */
export const childOf = (node: unknown, name: string): unknown => childrenOf(node, name)[0];

/** An element's text (trimmed), or null when it has none. */
export function textOf(value: unknown): string | null {
  const raw = isNode(value) ? own(value, '#text') : value;
  if (typeof raw === 'string') {
    const trimmed = raw.trim();
    return trimmed === '' ? null : trimmed;
  }
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return null;
}

/** An attribute's value (trimmed), or null. */
export const attrOf = (node: unknown, name: string): string | null =>
  textOf(own(node, `@_${name}`));

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A plain decimal number (no hex, no empty string as 0, no Infinity), or null. */
export function numberFrom(text: string | null): number | null {
  if (text === null || !DECIMAL.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** The number in an element's text, or null. */
export const numberOf = (value: unknown): number | null => numberFrom(textOf(value));
