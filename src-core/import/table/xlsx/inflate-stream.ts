import { Inflate } from 'fflate';

/** Receives each expanded piece; `final` is set on the last one. */
export type PieceHandler = (piece: Uint8Array, final: boolean) => void;

// The web-standard stream types, declared here because src-core is type-checked without DOM.
interface StreamReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface StreamWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}
interface NativeDecompression {
  readable: { getReader(): StreamReader };
  writable: { getWriter(): StreamWriter };
}
type DecompressionConstructor = new (format: string) => NativeDecompression;

const INPUT_CHUNK = 256 * 1024;

function nativeConstructor(): DecompressionConstructor | undefined {
  const scope = globalThis as { DecompressionStream?: DecompressionConstructor };
  return scope.DecompressionStream;
}

/** True when the engine inflates raw DEFLATE itself, several times faster than JavaScript. */
export function hasNativeInflate(): boolean {
  const Native = nativeConstructor();
  if (Native === undefined) return false;
  try {
    void new Native('deflate-raw');
    return true;
  } catch {
    // Engines from before 2023 know `gzip` and `deflate` but refuse `deflate-raw`.
    return false;
  }
}

/** Inflates raw DEFLATE data with the engine's DecompressionStream. */
export async function inflateNative(data: Uint8Array, onPiece: PieceHandler): Promise<void> {
  const Native = nativeConstructor();
  if (!Native) throw new Error('DecompressionStream is missing');

  const stream = new Native('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feeding = feed(writer, data);
  // The reader meets the same failure; the feed's own rejection is awaited below.
  feeding.catch(() => undefined);

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value) onPiece(value, false);
    }
    await feeding;
  } catch (error) {
    // A handler that refuses a piece (size past the limit, cancel) stops the inflater too.
    void reader.cancel().catch(() => undefined);
    void writer.abort(error).catch(() => undefined);
    await feeding.catch(() => undefined);
    throw error;
  }
  onPiece(new Uint8Array(0), true);
}

async function feed(writer: StreamWriter, data: Uint8Array): Promise<void> {
  for (let at = 0; at < data.length; at += INPUT_CHUNK) {
    await writer.write(data.subarray(at, at + INPUT_CHUNK));
  }
  await writer.close();
}

/** Inflates raw DEFLATE data with fflate, a piece of input at a time. */
export function inflateWithFflate(data: Uint8Array, onPiece: PieceHandler): void {
  const inflate = new Inflate(onPiece);
  for (let at = 0; at < data.length; at += INPUT_CHUNK) {
    inflate.push(data.subarray(at, at + INPUT_CHUNK), at + INPUT_CHUNK >= data.length);
  }
}
