// The way back from a pseudonym to its value, for this engagement only. Each entry is the
// original value sealed with AES-256-GCM under a key derived (HKDF-SHA-256) from the
// engagement's pseudonym key, and bound to its pseudonym as additional data, so an entry moved
// under another pseudonym, altered, or read with another engagement's key is refused.
import { z } from 'zod';

import type { Pseudonymiser } from './pseudonym';

const IV_BYTES = 12;

// Names what the derived key is for: the same pseudonym key never serves two purposes.
const HKDF_INFO = 'fleetaudit/pseudonym-reverse-table/v1';

const hex = z.string().regex(/^([0-9a-f]{2})+$/);

export const sealedEntrySchema = z.object({ iv: hex, data: hex });

/** Sealed original values, by pseudonym. */
export const reverseTableSchema = z.record(z.string(), sealedEntrySchema);

export type SealedEntry = z.infer<typeof sealedEntrySchema>;
export type ReverseTable = z.infer<typeof reverseTableSchema>;

export type Revealed =
  { status: 'found'; value: string } | { status: 'unknown' } | { status: 'refused' };

const toHex = (bytes: Uint8Array) =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

function fromHex(text: string): Uint8Array<ArrayBuffer> {
  if (!/^([0-9a-f]{2})*$/.test(text)) throw new Error('not hex');
  return Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

const utf8 = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;

/** A stored table read back; an unreadable one counts as empty. */
export function restoreReverseTable(raw: unknown): ReverseTable {
  const parsed = reverseTableSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/** The AES-GCM key of the reverse table, derived from the engagement's pseudonym key (hex). */
export async function reverseTableKey(pseudonymKeyHex: string): Promise<CryptoKey> {
  const raw = fromHex(pseudonymKeyHex);
  const material = await crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveBits']);
  const params = { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8(HKDF_INFO) };
  const bits = await crypto.subtle.deriveBits(params, material, 256);

  return crypto.subtle.importKey('raw', bits, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** Seals one original value under its pseudonym. */
export async function sealEntry(
  key: CryptoKey,
  pseudonym: string,
  value: string,
): Promise<SealedEntry> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const params = { name: 'AES-GCM', iv, additionalData: utf8(pseudonym) };
  const data = new Uint8Array(await crypto.subtle.encrypt(params, key, utf8(value)));
  return { iv: toHex(iv), data: toHex(data) };
}

/**
 * The table with the new pairs (pseudonym → original) sealed in. Pseudonyms already in it are
 * kept as they are: under one key a pseudonym always stands for the same value.
 */
export async function addToReverseTable(
  key: CryptoKey,
  table: ReverseTable,
  pairs: ReadonlyMap<string, string>,
): Promise<ReverseTable> {
  const next: ReverseTable = { ...table };
  for (const [pseudonym, value] of pairs) {
    if (Object.hasOwn(next, pseudonym)) continue;
    next[pseudonym] = await sealEntry(key, pseudonym, value);
  }
  return next;
}

/** The original value behind a pseudonym; refused when its entry does not open with this key. */
export async function revealPseudonym(
  key: CryptoKey,
  table: ReverseTable,
  pseudonym: string,
): Promise<Revealed> {
  const wanted = pseudonym.trim();
  if (!Object.hasOwn(table, wanted)) return { status: 'unknown' };
  const entry = table[wanted];

  try {
    const params = { name: 'AES-GCM', iv: fromHex(entry.iv), additionalData: utf8(wanted) };
    const plain = await crypto.subtle.decrypt(params, key, fromHex(entry.data));
    return { status: 'found', value: new TextDecoder().decode(plain) };
  } catch {
    // A failed tag check: altered entry, entry moved from another pseudonym, or another key.
    return { status: 'refused' };
  }
}

/** Wraps a pseudonymiser so that every pseudonym it gives is remembered with its value. */
export function recordingPseudonymiser(
  pseudo: Pseudonymiser,
  pairs: Map<string, string>,
): Pseudonymiser {
  return {
    async pseudonym(category, value) {
      const result = await pseudo.pseudonym(category, value);
      // The first spelling met stands for all the spellings that share the pseudonym.
      if (!pairs.has(result)) pairs.set(result, value.trim());
      return result;
    },
  };
}
