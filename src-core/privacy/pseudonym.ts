// Stable pseudonyms: HMAC-SHA-256 of the value under the engagement's own secret key, so the
// same person or number always gets the same pseudonym within an engagement (joins and counts
// hold), while nobody without the key can rebuild the table or test a guess.
import { luhnDigit } from '../import/fields/imei';
import type { PersonalCategory } from './personal-fields';

export const PSEUDONYM_KEY_BYTES = 32;

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A fresh random key for an engagement's pseudonyms, as hex. */
export function newPseudonymKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(PSEUDONYM_KEY_BYTES));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  if (!/^([0-9a-f]{2})+$/.test(hex)) throw new Error('pseudonym key is not hex');
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** The form two spellings of one value share, so they get one pseudonym. */
export function normalise(category: PersonalCategory, value: string): string {
  const trimmed = value.trim();
  if (category === 'phone' || category === 'imei') return trimmed.replace(/[^\d+]/g, '');
  if (category === 'serial' || category === 'device-key') return trimmed.toUpperCase();
  return trimmed.toLowerCase().replace(/\s+/g, ' ');
}

function letters(digest: Uint8Array, count: number): string {
  return Array.from(digest.subarray(0, count), (byte) => BASE32[byte % 32]).join('');
}

function digits(digest: Uint8Array, count: number): string {
  return Array.from(digest.subarray(0, count), (byte) => String(byte % 10)).join('');
}

/** Shapes the pseudonym like the value it replaces, so every screen still accepts it. */
function shape(category: PersonalCategory, digest: Uint8Array, original: string): string {
  switch (category) {
    case 'phone':
      // +999 is no country's code: a pseudonym can never be dialled.
      return `+999${digits(digest, 10)}`;
    case 'imei': {
      const body = digits(digest, 14);
      return body + luhnDigit(body);
    }
    case 'email': {
      // The domain is the client's, not the person's: keeping it keeps the analysis by domain.
      const at = original.lastIndexOf('@');
      const domain =
        at >= 0
          ? original
              .slice(at + 1)
              .trim()
              .toLowerCase()
          : 'pseudonyme.invalid';
      return `u-${letters(digest, 10).toLowerCase()}@${domain}`;
    }
    case 'person':
      return `P-${letters(digest, 8)}`;
    case 'serial':
      return `S-${letters(digest, 10)}`;
    case 'device-name':
      return `D-${letters(digest, 8)}`;
    case 'device-key':
      return `K-${letters(digest, 10)}`;
  }
}

export interface Pseudonymiser {
  /** The pseudonym of a value of this category; the same input always gives the same output. */
  pseudonym(category: PersonalCategory, value: string): Promise<string>;
}

/** Builds a pseudonymiser over the engagement's key (hex), remembering what it computed. */
export async function createPseudonymiser(keyHex: string): Promise<Pseudonymiser> {
  const algorithm = { name: 'HMAC', hash: 'SHA-256' };
  const key = await crypto.subtle.importKey('raw', hexBytes(keyHex), algorithm, false, ['sign']);
  const encoder = new TextEncoder();
  const known = new Map<string, string>();

  return {
    async pseudonym(category, value) {
      const input = `${category}\u0000${normalise(category, value)}`;
      const cached = known.get(input);
      if (cached !== undefined) return cached;

      const data = encoder.encode(input) as Uint8Array<ArrayBuffer>;
      const digest = new Uint8Array(await crypto.subtle.sign('HMAC', key, data));
      const result = shape(category, digest, value);
      known.set(input, result);
      return result;
    },
  };
}
