// Reads the text inside a `data:` URL (base64 or percent-encoded) without any platform API,
// since src-core runs where neither `atob` nor `Buffer` is promised.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Bytes(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '').replace(/=+$/, '');
  if (/[^A-Za-z0-9+/]/.test(clean) || clean.length % 4 === 1) return null;

  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (const char of clean) {
    buffer = (buffer << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** The UTF-8 text a data URL of the given MIME type carries; null for another type or bad data. */
export function dataUrlText(dataUrl: string, mimeType: string): string | null {
  const comma = dataUrl.indexOf(',');
  const head = dataUrl.slice(0, comma).toLowerCase();
  if (comma < 0 || !head.startsWith('data:') || head.slice(5).split(';')[0] !== mimeType) {
    return null;
  }

  const body = dataUrl.slice(comma + 1);
  try {
    if (head.endsWith(';base64')) {
      const bytes = base64Bytes(body);
      return bytes && new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    return decodeURIComponent(body);
  } catch {
    return null;
  }
}
