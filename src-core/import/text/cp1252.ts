// Node's TextDecoder reads 'windows-1252' as Latin-1 (0x80 becomes U+0080, not the euro sign),
// so we decode it ourselves there; a browser's own decoder gives the same text several times
// faster, and is used wherever it proves it maps the euro sign and the unassigned bytes.

/** Code points of bytes 0x80..0x9F in Windows-1252; the five unassigned ones stay controls. */
const HIGH_CONTROLS = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const utf16 = new TextDecoder('utf-16le');

const native = nativeDecoder();

function nativeDecoder(): TextDecoder | null {
  try {
    const decoder = new TextDecoder('windows-1252');
    const probe = decoder.decode(Uint8Array.of(0x80, 0x81, 0x9d, 0x9f));
    return probe === '\u20ac\u0081\u009d\u0178' ? decoder : null;
  } catch {
    return null;
  }
}

/** Decodes Windows-1252 bytes (a superset of Latin-1's printable range) into text. */
export function decodeCp1252(bytes: Uint8Array): string {
  if (native) return native.decode(bytes);

  const units = new Uint16Array(bytes.length);

  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    units[i] = byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROLS[byte - 0x80] : byte;
  }

  return utf16.decode(units);
}
