// One file inside the workbook's ZIP, written as text and deflated in chunks as it grows. The
// deflating is fflate's unless the caller brings its own (Node's native zlib is faster).
import { ZipDeflate, strToU8 } from 'fflate';
import type { AsyncFlateStreamHandler, Zip, ZipInputFile } from 'fflate';

// 256 KB per chunk: large enough for the deflater to work well, small enough that the bytes
// waiting to be compressed never weigh on memory.
const CHUNK_BYTES = 1 << 18;
// UTF-8 takes at most 3 bytes per UTF-16 unit.
const MAX_BYTES_PER_UNIT = 3;

interface Utf8Encoder {
  encodeInto(text: string, into: Uint8Array): { read: number; written: number };
}

// Every platform we run on has TextEncoder; src-core is typed without DOM or Node, hence the
// lookup. Text is encoded in batches of some 16,000 characters into one reused buffer: a
// string of the whole chunk would be slow to flatten, and one call per row costs in Node.
const BATCH = 1 << 14;
const encoder = new (globalThis as unknown as { TextEncoder: new () => Utf8Encoder }).TextEncoder();
const DEFLATE = 8;

export type DeflateLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A raw DEFLATE stream and a CRC-32, for one part; pushes return the compressed bytes. A chunk
 * is only valid during the call: its buffer is reused.
 */
export interface PartDeflater {
  push(chunk: Uint8Array, final: boolean): Uint8Array<ArrayBuffer>;
  crc32(chunk: Uint8Array, previous: number): number;
}

interface PushableFile extends ZipInputFile {
  push(chunk: Uint8Array, final: boolean): void;
}

// A zip entry compressed by a caller's deflater; fflate's Zip reads its size and CRC once the
// final chunk has passed.
class OwnDeflateFile implements PushableFile {
  crc = 0;
  size = 0;
  readonly compression = DEFLATE;
  ondata: AsyncFlateStreamHandler = () => undefined;

  constructor(
    readonly filename: string,
    private readonly deflater: PartDeflater,
  ) {}

  push(chunk: Uint8Array, final: boolean): void {
    this.crc = this.deflater.crc32(chunk, this.crc);
    this.size += chunk.length;
    this.ondata(null, this.deflater.push(chunk, final), final);
  }
}

export interface PartOptions {
  level: DeflateLevel;
  deflater?: () => PartDeflater;
}

/** A text part of the package, compressed into the zip as it is written. */
export class ZipPart {
  private readonly file: PushableFile;
  private readonly bytes = new Uint8Array(CHUNK_BYTES);
  private used = 0;
  private text = '';

  constructor(zip: Zip, path: string, options: PartOptions) {
    this.file = options.deflater
      ? new OwnDeflateFile(path, options.deflater())
      : new ZipDeflate(path, { level: options.level });
    zip.add(this.file);
  }

  write(text: string): void {
    this.text += text;
    if (this.text.length >= BATCH) this.encode();
  }

  end(): void {
    this.encode();
    this.flush(true);
  }

  private encode(): void {
    const { text } = this;
    this.text = '';
    const worst = text.length * MAX_BYTES_PER_UNIT;
    if (worst > CHUNK_BYTES - this.used) this.flush(false);
    if (worst > CHUNK_BYTES) {
      this.file.push(strToU8(text), false);
      return;
    }
    this.used += encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
  }

  private flush(final: boolean): void {
    if (!final && this.used === 0) return;
    this.file.push(this.bytes.subarray(0, this.used), final);
    this.used = 0;
  }
}

/** Adds a whole small part at once. */
export function addPart(zip: Zip, path: string, text: string, options: PartOptions): void {
  const part = new ZipPart(zip, path, options);
  part.write(text);
  part.end();
}
