import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The team's real public exports sit beside the project (../shared/samples); the project's own
// tests never need them, so the tests that read them are skipped where the folder is absent.
const dir = resolve(import.meta.dirname, '../../../../../shared/samples');

/** True when the shared sample folder is present on this machine. */
export const hasSamples = existsSync(dir);

/** The bytes of a file of the shared sample folder. */
export function sample(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(dir, name)));
}
