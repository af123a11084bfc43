import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '../../../fixtures/import');

/** The bytes of a file under test/fixtures/import, as the user would drop it. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(dir, name)));
}
