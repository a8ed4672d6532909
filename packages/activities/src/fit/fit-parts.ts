import { Decoder, Stream } from '@garmin/fitsdk';

/**
 * A FIT file is one or more "parts" laid end to end (chained FIT: a multisport watch writes one
 * per leg), each a 12- or 14-byte header, `dataSize` bytes of messages and a 2-byte CRC.
 * This finds them from the headers alone, without decoding any message.
 */
export interface FitPart {
  /** Offset of the part's header in the file. */
  offset: number;
  /** The part's bytes, header to CRC, cut short when the file ends early. */
  bytes: Uint8Array;
  headerSize: number;
  /** Data size the header declares. */
  dataSize: number;
  /** Whether the file holds all the bytes the header declares, CRC included. */
  complete: boolean;
  /** Whether the header CRC (when set) and the data CRC match; false when incomplete. */
  crcOk: boolean;
}

export interface FitLayout {
  parts: FitPart[];
  /** Bytes after the last part that do not start another FIT header. */
  trailingBytes: number;
}

const CRC_SIZE = 2;

/** The header size when a FIT header starts at `offset`, else null. */
function headerSizeAt(bytes: Uint8Array, offset: number): number | null {
  const headerSize = bytes[offset];
  if (headerSize !== 12 && headerSize !== 14) return null;
  if (offset + headerSize > bytes.length) return null;
  const tag = String.fromCharCode(...bytes.subarray(offset + 8, offset + 12));
  return tag === '.FIT' ? headerSize : null;
}

function readUint32LE(bytes: Uint8Array, offset: number): number {
  return (
    ((bytes[offset] ?? 0) |
      ((bytes[offset + 1] ?? 0) << 8) |
      ((bytes[offset + 2] ?? 0) << 16) |
      ((bytes[offset + 3] ?? 0) << 24)) >>>
    0
  );
}

/** The parts of a FIT file, or null when it does not start with a FIT header. */
export function splitFitParts(bytes: Uint8Array): FitLayout | null {
  if (headerSizeAt(bytes, 0) === null) return null;
  const parts: FitPart[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const headerSize = headerSizeAt(bytes, offset);
    if (headerSize === null) break;
    const dataSize = readUint32LE(bytes, offset + 4);
    const declaredEnd = offset + headerSize + dataSize + CRC_SIZE;
    const complete = declaredEnd <= bytes.length;
    const partBytes = bytes.subarray(offset, Math.min(declaredEnd, bytes.length));
    parts.push({
      offset,
      bytes: partBytes,
      headerSize,
      dataSize,
      complete,
      // The SDK's check reads the first header only, so it is given one part at a time.
      crcOk: complete && new Decoder(Stream.fromByteArray(partBytes)).checkIntegrity(),
    });
    offset = declaredEnd;
  }
  return { parts, trailingBytes: Math.max(0, bytes.length - offset) };
}
