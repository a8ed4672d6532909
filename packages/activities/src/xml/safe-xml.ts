import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ImportProblem } from '../activity';
import { isNode, type XmlNode } from './nodes';

/** Twice a 24-hour 1 Hz TCX (~60 MB at the FR945 fixture's 710 bytes a point): beyond it, refuse. */
export const MAX_XML_CHARS = 128 * 1024 * 1024;

export type XmlOutcome = { ok: true; document: XmlNode } | { ok: false; problem: ImportProblem };

/**
 * Any DTD is refused before parsing. GPX and TCX never need one, and a DTD is where entity
 * expansion attacks (billion laughs, external entities) live. The parser is also configured with
 * `processEntities: false`, so even a declaration that slipped through would expand nothing.
 */
const DTD = /<!(?:DOCTYPE|ENTITY)/i;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
});

const fail = (file: string, code: ImportProblem['code'], message: string): XmlOutcome => ({
  ok: false,
  problem: { file, code, message },
});

/** The first element's name, skipping the declaration, processing instructions and comments. */
export function rootElementName(text: string): string | null {
  const m = /<(?![?!/])([^\s/>]+)/.exec(text);
  return m?.[1] ?? null;
}

/**
 * A document that fails validation is called truncated when it stops before its root element
 * closes (a cut-off download or an interrupted write), corrupted otherwise.
 */
function looksTruncated(text: string): boolean {
  const root = rootElementName(text);
  if (root === null) return false;
  const m = /<\/([^\s>]+)\s*>$/.exec(text.trimEnd().slice(-512));
  return m?.[1] !== root;
}

/** Parses GPX or TCX text into plain objects, or says why it will not. Never throws. */
export function parseXmlSafely(input: string, file: string): XmlOutcome {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return fail(file, 'empty', 'The file is empty.');
  if (text.length > MAX_XML_CHARS) {
    return fail(file, 'too-large', `The file is larger than ${MAX_XML_CHARS} characters.`);
  }
  if (DTD.test(text)) {
    return fail(
      file,
      'unsafe-xml',
      'The file declares a DTD or entities; activity files never need one, so it is refused.',
    );
  }
  try {
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      const where = `line ${valid.err.line}${valid.err.col === undefined ? '' : `, column ${valid.err.col}`}`;
      return looksTruncated(text)
        ? fail(file, 'truncated', `The XML stops before its end (${valid.err.msg}, ${where}).`)
        : fail(file, 'corrupted', `The XML is malformed: ${valid.err.msg} (${where}).`);
    }
    const document: unknown = parser.parse(text);
    if (!isNode(document)) return fail(file, 'corrupted', 'The XML has no root element.');
    return { ok: true, document };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(file, 'corrupted', `The XML could not be read: ${message}`);
  }
}
