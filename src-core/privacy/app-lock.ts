// The verifier of the optional passphrase that locks the app's screen at start: a PBKDF2 hash
// with its own salt, so the passphrase itself is never stored and a copy of the verifier only
// lets someone test guesses at 600,000 rounds each. It guards the screen, not the data: the
// IndexedDB store stays as readable as without it.
import { z } from 'zod';

import { PBKDF2_ITERATIONS } from '../engagement-file/envelope';

const SALT_BYTES = 16;
const HASH_BITS = 256;
const hex = z.string().regex(/^([0-9a-f]{2})+$/);

export const lockVerifierSchema = z.object({
  version: z.literal(1),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: hex,
  hash: hex,
});

export type LockVerifier = z.infer<typeof lockVerifierSchema>;

const toHex = (bytes: Uint8Array) =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

const fromHex = (text: string) =>
  Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));

async function derive(passphrase: string, salt: Uint8Array, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations };
  return new Uint8Array(await crypto.subtle.deriveBits(params, material, HASH_BITS));
}

/** A stored verifier read back, or null when it is missing or unreadable. */
export function restoreLockVerifier(raw: unknown): LockVerifier | null {
  const parsed = lockVerifierSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** A new verifier for this passphrase, under a fresh random salt. */
export async function createLockVerifier(
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<LockVerifier> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(passphrase, salt, iterations);
  return { version: 1, iterations, salt: toHex(salt), hash: toHex(hash) };
}

/** True when the passphrase is the one the verifier was made from. */
export async function checkLockPassphrase(
  verifier: LockVerifier,
  passphrase: string,
): Promise<boolean> {
  const actual = await derive(passphrase, fromHex(verifier.salt), verifier.iterations);
  const expected = fromHex(verifier.hash);
  if (actual.length !== expected.length) return false;

  // Compares every byte whatever the first difference, so timing says nothing about the hash.
  let difference = 0;
  actual.forEach((byte, index) => (difference |= byte ^ expected[index]));
  return difference === 0;
}
