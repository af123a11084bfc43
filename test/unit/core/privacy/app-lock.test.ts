import { describe, expect, it } from 'vitest';

import {
  checkLockPassphrase,
  createLockVerifier,
  restoreLockVerifier,
} from '@core/privacy/app-lock';

const PASSPHRASE = 'Clé du poste client 2026';
// Fewer rounds than the app's 600,000 keep these tests quick; the derivation is the same.
const ROUNDS = 100_000;

describe('the app lock verifier', () => {
  it('opens with the right passphrase and refuses any other', async () => {
    const verifier = await createLockVerifier(PASSPHRASE, ROUNDS);

    expect(await checkLockPassphrase(verifier, PASSPHRASE)).toBe(true);
    expect(await checkLockPassphrase(verifier, 'clé du poste client 2026')).toBe(false);
    expect(await checkLockPassphrase(verifier, `${PASSPHRASE} `)).toBe(false);
    expect(await checkLockPassphrase(verifier, '')).toBe(false);
  });

  it('accepts the passphrase typed with composed or decomposed accents', async () => {
    const verifier = await createLockVerifier(PASSPHRASE.normalize('NFD'), ROUNDS);
    expect(await checkLockPassphrase(verifier, PASSPHRASE.normalize('NFC'))).toBe(true);
  });

  it('stores neither the passphrase nor the same hash twice', async () => {
    const one = await createLockVerifier(PASSPHRASE, ROUNDS);
    const two = await createLockVerifier(PASSPHRASE, ROUNDS);

    const stored = JSON.stringify(one);
    expect(stored).not.toContain('Clé');
    expect(stored).not.toContain(Buffer.from(PASSPHRASE).toString('hex'));
    expect(one.salt).not.toBe(two.salt);
    expect(one.hash).not.toBe(two.hash);
  });

  it('uses 600,000 PBKDF2 rounds by default and survives storage', async () => {
    const verifier = await createLockVerifier(PASSPHRASE);
    const restored = restoreLockVerifier(JSON.parse(JSON.stringify(verifier)));

    expect(restored?.iterations).toBe(600_000);
    expect(restored && (await checkLockPassphrase(restored, PASSPHRASE))).toBe(true);
  });

  it('refuses to open when the stored hash was altered', async () => {
    const verifier = await createLockVerifier(PASSPHRASE, ROUNDS);
    const flipped = (verifier.hash[0] === '0' ? '1' : '0') + verifier.hash.slice(1);

    expect(await checkLockPassphrase({ ...verifier, hash: flipped }, PASSPHRASE)).toBe(false);
  });

  it('reads a missing or damaged verifier as no lock', () => {
    expect(restoreLockVerifier(undefined)).toBeNull();
    expect(restoreLockVerifier({ version: 1, iterations: 10, salt: 'zz', hash: '00' })).toBeNull();
  });
});
