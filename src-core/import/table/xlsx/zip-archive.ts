import { DecodeUTF8, inflateSync, strFromU8 } from 'fflate';

import { hasNativeInflate, inflateNative, inflateWithFflate } from './inflate-stream';

/** One entry of a ZIP archive's central directory. */
export interface ArchiveEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** The expanded size the directory declares; reading never goes past it. */
  size: number;
  localOffset: number;
  encrypted: boolean;
}

/** Why an archive could not be read; read-xlsx turns it into the file's coded error. */
export class ArchiveError extends Error {
  constructor(
    readonly reason: 'corrupt' | 'too-large' | 'encrypted',
    detail: string,
  ) {
    super(detail);
    this.name = 'ArchiveError';
  }
}

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_RECORD = 22;
const LONGEST_COMMENT = 0xffff;
const STORED_CHUNK = 1024 * 1024;

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

function endRecordAt(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - END_RECORD - LONGEST_COMMENT);
  for (let at = bytes.length - END_RECORD; at >= lowest; at--) {
    if (u32(bytes, at) === END_SIGNATURE) return at;
  }
  throw new ArchiveError('corrupt', 'no end of central directory: the file is truncated');
}

/** Reads the central directory, which names every entry with its sizes, without expanding any. */
export function readDirectory(bytes: Uint8Array): Map<string, ArchiveEntry> {
  const end = endRecordAt(bytes);
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  // Workbooks past 4 GiB would need ZIP64 records; none fits in a browser's memory anyway.
  if (count === 0xffff || at === 0xffffffff) throw new ArchiveError('corrupt', 'ZIP64 archive');

  const entries = new Map<string, ArchiveEntry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== ENTRY_SIGNATURE) {
      throw new ArchiveError('corrupt', `central directory entry ${i} is damaged`);
    }

    const nameLength = u16(bytes, at + 28);
    const utf8 = (u16(bytes, at + 8) & 0x800) !== 0;
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), !utf8);
    entries.set(name, {
      name,
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      encrypted: (u16(bytes, at + 8) & 1) !== 0,
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

function compressedData(bytes: Uint8Array, entry: ArchiveEntry): Uint8Array {
  if (entry.encrypted) throw new ArchiveError('encrypted', `${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ArchiveError('corrupt', `${entry.name}: compression method ${entry.method}`);
  }

  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_SIGNATURE) {
    throw new ArchiveError('corrupt', `${entry.name}: local header missing`);
  }
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressedSize > bytes.length) {
    throw new ArchiveError('corrupt', `${entry.name} is truncated`);
  }
  return bytes.subarray(start, start + entry.compressedSize);
}

function checkSize(entry: ArchiveEntry, expanded: number): void {
  if (expanded > entry.size) {
    throw new ArchiveError('too-large', `${entry.name} expands past its declared size`);
  }
  if (expanded < entry.size) throw new ArchiveError('corrupt', `${entry.name} is truncated`);
}

/** Expands one entry whole, into a buffer no larger than the size it declares (plus a byte). */
export function entryBytes(bytes: Uint8Array, entry: ArchiveEntry): Uint8Array {
  const data = compressedData(bytes, entry);
  if (entry.method === 0) {
    checkSize(entry, data.length);
    return data;
  }

  // One spare byte tells a lying directory (more data than declared) from an honest one.
  const expanded = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
  checkSize(entry, expanded.length);
  return expanded.subarray(0, entry.size);
}

/**
 * Expands one entry as text, handing it over in pieces so the whole never sits in memory. The
 * engine's own inflater is used where there is one (Chromium, Node 20), fflate's elsewhere.
 */
export async function streamEntryText(
  bytes: Uint8Array,
  entry: ArchiveEntry,
  onText: (text: string, done: number) => void,
): Promise<void> {
  const data = compressedData(bytes, entry);
  let expanded = 0;
  const decoder = new DecodeUTF8((text) => onText(text, expanded));
  const take = (chunk: Uint8Array, final: boolean): void => {
    expanded += chunk.length;
    if (expanded > entry.size) checkSize(entry, expanded);
    decoder.push(chunk, final);
  };

  if (data.length === 0) {
    take(new Uint8Array(0), true);
  } else if (entry.method === 0) {
    for (let at = 0; at < data.length; at += STORED_CHUNK) {
      take(data.subarray(at, at + STORED_CHUNK), at + STORED_CHUNK >= data.length);
    }
  } else if (hasNativeInflate()) {
    await inflateNative(data, take);
  } else {
    inflateWithFflate(data, take);
  }

  checkSize(entry, expanded);
}
