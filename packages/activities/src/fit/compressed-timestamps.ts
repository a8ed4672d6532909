/**
 * The FIT SDK for JavaScript refuses "compressed timestamp" record headers ("compressed timestamp
 * messages are not currently supported") and stops decoding there. Older Garmin watches (the FR70
 * fixture) write every record that way: a 1-byte header holding a 2-bit local message type and a
 * 5-bit offset from the last full timestamp, instead of a timestamp field.
 *
 * This rewrites a part's data section so the SDK can read it: each compressed message becomes a
 * plain data message whose definition has an explicit timestamp field (number 253, uint32) holding
 * the time the compressed header implies. Definitions are re-sent only when a local message type
 * switches between its compressed and its plain use. Nothing else is touched.
 */

interface Definition {
  /** The definition record as written, record header included. */
  bytes: Uint8Array;
  /** The same definition with a timestamp field added; null when it already has 255 fields. */
  withTimestamp: Uint8Array | null;
  /** Bytes of ordinary fields, then of developer fields, in a data message. */
  fieldsSize: number;
  developerFieldsSize: number;
  /** Where a 4-byte timestamp sits in a data message's body, if the definition has one. */
  timestampOffset: number | null;
  littleEndian: boolean;
}

const COMPRESSED_HEADER = 0x80;
const DEFINITION_HEADER = 0x40;
const DEVELOPER_DATA_FLAG = 0x20;
const TIMESTAMP_FIELD = 253;
const UINT32_BASE_TYPE = 0x86;
const INVALID_UINT32 = 0xffffffff;
const TIME_OFFSET_MASK = 0x1f;

function readDefinition(data: Uint8Array, at: number): Definition | null {
  const header = data[at] ?? 0;
  const fieldCount = data[at + 5];
  if (fieldCount === undefined) return null;
  const fieldsEnd = at + 6 + 3 * fieldCount;
  let end = fieldsEnd;
  if ((header & DEVELOPER_DATA_FLAG) !== 0) {
    const developerCount = data[fieldsEnd];
    if (developerCount === undefined) return null;
    end = fieldsEnd + 1 + 3 * developerCount;
  }
  if (end > data.length) return null;

  const littleEndian = data[at + 2] === 0;
  let fieldsSize = 0;
  let timestampOffset: number | null = null;
  for (let field = at + 6; field < fieldsEnd; field += 3) {
    const size = data[field + 1] ?? 0;
    if (data[field] === TIMESTAMP_FIELD && size === 4) timestampOffset = fieldsSize;
    fieldsSize += size;
  }
  let developerFieldsSize = 0;
  for (let field = fieldsEnd + 1; field < end; field += 3)
    developerFieldsSize += data[field + 1] ?? 0;

  const bytes = data.subarray(at, end);
  let withTimestamp: Uint8Array | null = null;
  if (fieldCount < 255) {
    withTimestamp = new Uint8Array(bytes.length + 3);
    withTimestamp.set(bytes.subarray(0, fieldsEnd - at));
    withTimestamp[5] = fieldCount + 1;
    withTimestamp.set([TIMESTAMP_FIELD, 4, UINT32_BASE_TYPE], fieldsEnd - at);
    withTimestamp.set(bytes.subarray(fieldsEnd - at), fieldsEnd - at + 3);
  }
  return { bytes, withTimestamp, fieldsSize, developerFieldsSize, timestampOffset, littleEndian };
}

function uint32Bytes(value: number, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value, littleEndian);
  return bytes;
}

/** The time a compressed header's 5-bit offset means, given the last full timestamp. */
export function expandTimeOffset(lastTimestamp: number, offset: number): number {
  const lowBits = lastTimestamp & TIME_OFFSET_MASK;
  const rollover = offset < lowBits ? 0x20 : 0;
  return (lastTimestamp - lowBits + offset + rollover) % 2 ** 32;
}

/**
 * The data section (messages only, no header or CRC) with compressed timestamps expanded, or null
 * when it has none (or expanding would grow it beyond reason: then the SDK reports the problem).
 * Bytes it cannot walk (an unknown local type, a message cut short) are kept as they are.
 */
export function expandCompressedTimestamps(data: Uint8Array): Uint8Array | null {
  const limit = 4 * data.length + 1024;
  const chunks: Uint8Array[] = [];
  let outputSize = 0;
  const emit = (chunk: Uint8Array): void => {
    chunks.push(chunk);
    outputSize += chunk.length;
  };
  const definitions: (Definition | undefined)[] = [];
  /** Whether the definition last sent for a local type is the one with a timestamp added. */
  const sentWithTimestamp: boolean[] = [];
  const sendDefinition = (local: number, definition: Definition, withTimestamp: boolean): void => {
    if ((sentWithTimestamp[local] ?? false) === withTimestamp) return;
    emit(withTimestamp && definition.withTimestamp ? definition.withTimestamp : definition.bytes);
    sentWithTimestamp[local] = withTimestamp;
  };

  let lastTimestamp: number | null = null;
  let compressedCount = 0;
  let at = 0;
  while (at < data.length && outputSize <= limit) {
    const header = data[at] ?? 0;
    if ((header & COMPRESSED_HEADER) !== 0) {
      const local = (header >> 5) & 0x03;
      const definition = definitions[local];
      if (!definition) break;
      const bodyEnd = at + 1 + definition.fieldsSize + definition.developerFieldsSize;
      if (bodyEnd > data.length) break;
      compressedCount += 1;
      const fields = data.subarray(at + 1, at + 1 + definition.fieldsSize);
      const developerFields = data.subarray(at + 1 + definition.fieldsSize, bodyEnd);
      if (lastTimestamp === null || definition.withTimestamp === null) {
        // No full timestamp to count from: keep the message, undated.
        sendDefinition(local, definition, false);
        emit(Uint8Array.of(local));
        emit(data.subarray(at + 1, bodyEnd));
      } else {
        lastTimestamp = expandTimeOffset(lastTimestamp, header & TIME_OFFSET_MASK);
        sendDefinition(local, definition, true);
        emit(Uint8Array.of(local));
        emit(fields);
        emit(uint32Bytes(lastTimestamp, definition.littleEndian));
        emit(developerFields);
      }
      at = bodyEnd;
    } else if ((header & DEFINITION_HEADER) !== 0) {
      const definition = readDefinition(data, at);
      if (!definition) break;
      const local = header & 0x0f;
      definitions[local] = definition;
      sentWithTimestamp[local] = false;
      emit(definition.bytes);
      at += definition.bytes.length;
    } else {
      const local = header & 0x0f;
      const definition = definitions[local];
      if (!definition) break;
      const end = at + 1 + definition.fieldsSize + definition.developerFieldsSize;
      if (end > data.length) break;
      sendDefinition(local, definition, false);
      if (definition.timestampOffset !== null) {
        const view = new DataView(
          data.buffer,
          data.byteOffset + at + 1 + definition.timestampOffset,
        );
        const timestamp = view.getUint32(0, definition.littleEndian);
        if (timestamp !== INVALID_UINT32) lastTimestamp = timestamp;
      }
      emit(data.subarray(at, end));
      at = end;
    }
  }
  if (compressedCount === 0 || outputSize > limit) return null;
  emit(data.subarray(at));

  const output = new Uint8Array(outputSize);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.length;
  }
  return output;
}
