export type DetectedFormat = 'fit' | 'gpx' | 'tcx' | 'strava-csv' | 'gzip' | 'zip' | 'unknown';

/** How much of the start of a text file is looked at: enough for a long XML prolog. */
const HEAD_BYTES = 8192;

const startsWith = (bytes: Uint8Array, at: number, expected: readonly number[]): boolean =>
  bytes.length >= at + expected.length && expected.every((b, i) => bytes[at + i] === b);

/** The start of the file as text, honouring a UTF-8 or UTF-16 byte-order mark. */
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, HEAD_BYTES);
  if (startsWith(head, 0, [0xff, 0xfe]))
    return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (startsWith(head, 0, [0xfe, 0xff]))
    return new TextDecoder('utf-16be').decode(head.subarray(2));
  const text = new TextDecoder('utf-8').decode(head);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The local name of the first element, past the XML declaration, comments and a DOCTYPE. */
function xmlRootName(text: string): string | null {
  let rest = text.trimStart();
  const skip = (close: string): boolean => {
    const end = rest.indexOf(close);
    if (end < 0) return false;
    rest = rest.slice(end + close.length).trimStart();
    return true;
  };
  while (rest.startsWith('<?') || rest.startsWith('<!')) {
    const close = rest.startsWith('<?') ? '?>' : rest.startsWith('<!--') ? '-->' : '>';
    if (!skip(close)) return null;
  }
  const name = /^<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1];
  return name === undefined ? null : name.slice(name.indexOf(':') + 1);
}

/**
 * What a file is, from its bytes: the name is not consulted (a `.gpx` that holds TCX is TCX, and
 * `export.bin` can be FIT). Checks, in order: gzip (1f 8b), zip (PK 03 04, or PK 05 06 for an
 * empty archive), FIT (".FIT" at bytes 8–11 of the 12- or 14-byte header), then the text forms:
 * an XML root `<gpx>` or `<TrainingCenterDatabase>` (any namespace prefix), or a CSV whose header
 * starts with `Activity ID,` (Strava's activities.csv). The name parameter is kept for callers'
 * messages and future tie-breaks.
 */
export function detectFormat(_name: string, bytes: Uint8Array): DetectedFormat {
  if (startsWith(bytes, 0, [0x1f, 0x8b])) return 'gzip';
  if (
    startsWith(bytes, 0, [0x50, 0x4b, 0x03, 0x04]) ||
    startsWith(bytes, 0, [0x50, 0x4b, 0x05, 0x06])
  ) {
    return 'zip';
  }
  if (startsWith(bytes, 8, [0x2e, 0x46, 0x49, 0x54])) return 'fit';
  const text = headText(bytes);
  if (/^"?Activity ID"?,/.test(text)) return 'strava-csv';
  if (text.trimStart().startsWith('<')) {
    const root = xmlRootName(text);
    if (root === 'gpx') return 'gpx';
    if (root === 'TrainingCenterDatabase') return 'tcx';
  }
  return 'unknown';
}
