import { decodeCp1252 } from './cp1252';

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** Text read from a file, with how it was read, to show the user and to reproduce it. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  hadBom: boolean;
}

const SNIFF_BYTES = 4096;

/** Reads bytes as text: BOM, else UTF-16 by its NUL pattern, else strict UTF-8, else cp1252. */
export function decodeText(bytes: Uint8Array, override?: TextEncoding): DecodedText {
  const bom = detectBom(bytes);

  if (override) {
    const hadBom = bom?.encoding === override;
    const body = hadBom ? bytes.subarray(bom.length) : bytes;
    return { text: decodeAs(body, override), encoding: override, hadBom };
  }

  if (bom) {
    return {
      text: decodeAs(bytes.subarray(bom.length), bom.encoding),
      encoding: bom.encoding,
      hadBom: true,
    };
  }

  const wide = sniffUtf16(bytes);
  if (wide) return { text: decodeAs(bytes, wide), encoding: wide, hadBom: false };

  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', hadBom: false };

  return { text: decodeCp1252(bytes), encoding: 'windows-1252', hadBom: false };
}

function detectBom(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

// Text files are mostly ASCII, which UTF-16 stores as one zero byte per character: zeros at odd
// offsets mean little-endian, at even offsets big-endian. Single-byte text has almost no zeros.
function sniffUtf16(bytes: Uint8Array): TextEncoding | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return null;

  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }

  const pairs = length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'windows-1252') return decodeCp1252(bytes);

  // A file that lies about its encoding still opens: bad sequences become U+FFFD, never a crash.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}
