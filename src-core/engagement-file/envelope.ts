// The encryption envelope around a `.fleetaudit` archive: AES-256-GCM with a key stretched from
// the passphrase by PBKDF2-SHA-256. Layout (big-endian):
//   magic "FLTAUDX1" (8) | version (1) | kdf id (1) | iterations (4) | salt (16) | iv (12)
//   | passphrase check (16) | ciphertext with its 16-byte GCM tag
// The whole header is authenticated as GCM additional data, so no byte of it can be changed.
// The check value (half of the PBKDF2 output, hashed) tells a wrong passphrase from a tampered
// file; it reveals nothing about the key, which is the other half.
import { refuse } from './refuse';

const MAGIC = new TextEncoder().encode('FLTAUDX1');
const ENVELOPE_VERSION = 1;
const KDF_PBKDF2_SHA256 = 1;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 1 + 1 + 4 + SALT_BYTES + IV_BYTES + CHECK_BYTES;

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;

// A forged header must not make the reader spin for hours, nor accept a weakened key.
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 10_000_000;

type SubtleKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

interface Header {
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  check: Uint8Array<ArrayBuffer>;
}

/** True when the bytes start with the envelope's magic. */
export function isEncrypted(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((byte, i) => bytes[i] === byte);
}

/** Derives the AES key and the passphrase check value from a passphrase and salt. */
async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<{ key: SubtleKey; check: Uint8Array<ArrayBuffer> }> {
  const secret = new TextEncoder().encode(passphrase.normalize('NFC')) as Uint8Array<ArrayBuffer>;
  const base = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveBits']);
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt, iterations };
  const bits = new Uint8Array(await crypto.subtle.deriveBits(params, base, 512));

  const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  const digest = await crypto.subtle.digest('SHA-256', bits.slice(32));
  return { key, check: new Uint8Array(digest).slice(0, CHECK_BYTES) };
}

function writeHeader({ iterations, salt, iv, check }: Header): Uint8Array<ArrayBuffer> {
  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  let at = 0;

  header.set(MAGIC, at);
  at += MAGIC.length;
  header[at++] = ENVELOPE_VERSION;
  header[at++] = KDF_PBKDF2_SHA256;
  view.setUint32(at, iterations);
  at += 4;
  header.set(salt, at);
  header.set(iv, at + SALT_BYTES);
  header.set(check, at + SALT_BYTES + IV_BYTES);
  return header;
}

function readHeader(bytes: Uint8Array<ArrayBuffer>, file: string): Header {
  if (bytes.length < HEADER_BYTES + 16) throw refuse('engagement-file-damaged', file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  let at = MAGIC.length;

  const version = bytes[at++];
  const kdf = bytes[at++];
  const iterations = view.getUint32(at);
  at += 4;
  if (version !== ENVELOPE_VERSION || kdf !== KDF_PBKDF2_SHA256) {
    throw refuse('engagement-file-invalid', file, { envelope: version, kdf });
  }
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
    throw refuse('engagement-file-invalid', file, { iterations });
  }

  const salt = bytes.slice(at, at + SALT_BYTES);
  const iv = bytes.slice(at + SALT_BYTES, at + SALT_BYTES + IV_BYTES);
  const check = bytes.slice(at + SALT_BYTES + IV_BYTES, HEADER_BYTES);
  return { iterations, salt, iv, check };
}

/** Seals bytes with a passphrase; a fresh salt and IV every time. */
export async function encryptBytes(
  plain: Uint8Array<ArrayBuffer>,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<Uint8Array<ArrayBuffer>> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await deriveKey(passphrase, salt, iterations);
  const header = writeHeader({ iterations, salt, iv, check });

  const params = { name: 'AES-GCM', iv, additionalData: header, tagLength: 128 };
  const sealed = new Uint8Array(await crypto.subtle.encrypt(params, key, plain));

  const out = new Uint8Array(HEADER_BYTES + sealed.length);
  out.set(header);
  out.set(sealed, HEADER_BYTES);
  return out;
}

/** Opens sealed bytes; a wrong passphrase and a changed byte each get their own error. */
export async function decryptBytes(
  sealed: Uint8Array<ArrayBuffer>,
  passphrase: string,
  file: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const header = readHeader(sealed, file);
  const { key, check } = await deriveKey(passphrase, header.salt, header.iterations);
  if (!check.every((byte, i) => byte === header.check[i])) {
    throw refuse('engagement-file-passphrase-wrong', file);
  }

  const additionalData = sealed.slice(0, HEADER_BYTES);
  const params = { name: 'AES-GCM', iv: header.iv, additionalData, tagLength: 128 };
  try {
    return new Uint8Array(await crypto.subtle.decrypt(params, key, sealed.subarray(HEADER_BYTES)));
  } catch {
    throw refuse('engagement-file-tampered', file);
  }
}
