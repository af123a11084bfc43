import { beforeAll, describe, expect, it } from 'vitest';

import {
  PBKDF2_ITERATIONS,
  decryptBytes,
  encryptBytes,
  isEncrypted,
} from '@core/engagement-file/envelope';
import { readEngagementFile } from '@core/engagement-file/read';
import { AppError } from '@core/errors/app-error';

import { refusal } from './expect-refusal';

const PLAIN = new TextEncoder().encode('PK\u0003\u0004 contenu confidentiel de la mission');
const PASS = 'Lumière-2026 !';
const REFUSALS = ['engagement-file-tampered', 'engagement-file-passphrase-wrong'];
let sealed: Uint8Array<ArrayBuffer>;

beforeAll(async () => {
  sealed = await encryptBytes(PLAIN, PASS);
});

function flipped(bytes: Uint8Array<ArrayBuffer>, at: number): Uint8Array<ArrayBuffer> {
  const copy = bytes.slice();
  copy[at] ^= 0x01;
  return copy;
}

describe('encryption envelope', () => {
  it('opens with the passphrase that sealed it, and hides the plain bytes', async () => {
    expect(isEncrypted(sealed)).toBe(true);
    expect(Buffer.from(sealed).includes(Buffer.from('confidentiel'))).toBe(false);

    expect(await decryptBytes(sealed, PASS, 'f')).toEqual(PLAIN);
  });

  it('records 600,000 PBKDF2 iterations and draws a new salt and IV each time', async () => {
    const again = await encryptBytes(PLAIN, PASS);

    expect(Buffer.from(sealed).readUInt32BE(10)).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(Buffer.from(again.subarray(14, 42)).equals(Buffer.from(sealed.subarray(14, 42)))).toBe(
      false,
    );
  });

  it('says the passphrase is wrong when it is', async () => {
    await refusal(decryptBytes(sealed, 'lumière-2026 !', 'f'), 'engagement-file-passphrase-wrong');
  });

  it('asks for a passphrase when a sealed file is opened without one', async () => {
    await refusal(readEngagementFile(sealed, { file: 'f' }), 'engagement-file-passphrase-required');
  });

  // One byte in every field of the header, and at the start, middle and end of the sealed body.
  it.each([
    ['salt', 20],
    ['iv', 35],
    ['passphrase check', 45],
    ['ciphertext start', 58],
    ['ciphertext middle', 70],
    ['GCM tag', -1],
  ])('refuses a file whose %s was changed', async (_field, at) => {
    const position = at < 0 ? sealed.length + at : at;
    const error = await decryptBytes(flipped(sealed, position), PASS, 'f').catch(
      (thrown: unknown) => thrown,
    );

    expect(error).toBeInstanceOf(AppError);
    expect(REFUSALS).toContain((error as AppError).code);
  });

  it('refuses a header whose version, key derivation or iteration count was changed', async () => {
    await refusal(decryptBytes(flipped(sealed, 8), PASS, 'f'), 'engagement-file-invalid');
    await refusal(decryptBytes(flipped(sealed, 9), PASS, 'f'), 'engagement-file-invalid');

    const weakened = sealed.slice();
    Buffer.from(weakened.buffer).writeUInt32BE(1000, 10);
    await refusal(decryptBytes(weakened, PASS, 'f'), 'engagement-file-invalid');
  });

  it('refuses a ciphertext byte change as tampering, not as a wrong passphrase', async () => {
    await refusal(decryptBytes(flipped(sealed, 60), PASS, 'f'), 'engagement-file-tampered');
  });

  it('refuses a truncated sealed file', async () => {
    await refusal(
      decryptBytes(sealed.slice(0, sealed.length - 5), PASS, 'f'),
      'engagement-file-tampered',
    );
    await refusal(decryptBytes(sealed.slice(0, 40), PASS, 'f'), 'engagement-file-damaged');
  });
});
