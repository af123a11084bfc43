// Owns the app lock's verifier in the shared library (kind 'app-lock'): one per app profile,
// whatever the engagement. Only the PBKDF2 verifier is stored, never the passphrase.
import {
  checkLockPassphrase,
  createLockVerifier,
  restoreLockVerifier,
} from '@core/privacy/app-lock';
import type { LockVerifier } from '@core/privacy/app-lock';

import { getLibraryItem, putLibraryItem, removeLibraryItem } from '../../store/library';

const KIND = 'app-lock';
const ID = 'verifier';

/** The stored verifier, or null when the app is not locked. */
export async function readLockVerifier(): Promise<LockVerifier | null> {
  return (await getLibraryItem(KIND, ID, restoreLockVerifier)) ?? null;
}

/** Locks the app at its next start with this passphrase (replacing any earlier one). */
export async function setLockPassphrase(passphrase: string): Promise<void> {
  await putLibraryItem(KIND, ID, await createLockVerifier(passphrase));
}

/** Stops locking the app at start. */
export async function removeLock(): Promise<void> {
  await removeLibraryItem(KIND, ID);
}

export { checkLockPassphrase };
