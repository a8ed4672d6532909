/**
 * Test support for the importers' fuzz tests (not a test itself, not used by the parsers): ways to
 * damage a fixture's text.
 */
import fc from 'fast-check';

export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number };

/** Raw damage: a deleted range, an inserted string (random or one of `fragments`), a cut. */
export const rawMutation = (fragments: readonly string[]): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 300 }),
    }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...fragments)),
    }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  );

export const applyMutation = (text: string, m: Mutation): string => {
  const at = m.at % (text.length + 1);
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + m.length);
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  return text.slice(0, at);
};

/**
 * Raw damage mostly ends in 'truncated' or 'corrupted' before any number is read. This keeps the
 * XML well-formed and damages values instead: an element's text or an attribute's value replaced
 * (numbers of any size, dates near and far, words), or a whole line repeated (a second `<time>`).
 */
export type ValueMutation =
  | { kind: 'value'; at: number; value: string }
  | { kind: 'repeat-line'; at: number };

const VALUE = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -1000, max: 100_000 }).map(String),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '',
    ' ',
    'Running',
    'Biking',
    'running',
    '2024-02-30T10:00:00Z',
    '2024-01-01T10:00:00+01:00',
    '0',
    '-0',
  ),
  fc.string({ maxLength: 12 }).map((s) => s.replace(/[<>&"]/g, '')),
);

export const valueMutation: fc.Arbitrary<ValueMutation> = fc.oneof(
  fc.record({ kind: fc.constant('value' as const), at: fc.nat(), value: VALUE }),
  fc.record({ kind: fc.constant('repeat-line' as const), at: fc.nat() }),
);

export function applyValueMutation(text: string, m: ValueMutation): string {
  if (m.kind === 'repeat-line') {
    const lines = text.split('\n');
    const at = m.at % lines.length;
    return [...lines.slice(0, at + 1), ...lines.slice(at)].join('\n');
  }
  // Element text (`>…</`) and attribute values (`="…"`).
  const slots = [...text.matchAll(/>([^<>]+)<\/|="([^"]*)"/g)];
  const slot = slots[m.at % Math.max(1, slots.length)];
  if (slot === undefined || slot.index === undefined) return text;
  const replaced = slot[0].startsWith('>') ? `>${m.value}</` : `="${m.value}"`;
  return text.slice(0, slot.index) + replaced + text.slice(slot.index + slot[0].length);
}
