import { expect } from 'vitest';

import { importFile } from '@core/import';
import type { ImportedPart, ImportOptions } from '@core/import';

import { fixture } from './fixtures';

/** Imports a fixture (or the bytes given) and returns its one table, failing on anything else. */
export async function onlyPart(
  name: string,
  options?: ImportOptions,
  bytes: Uint8Array = fixture(name),
): Promise<ImportedPart> {
  const result = await importFile({ name, bytes }, options);
  if (!result.ok) throw new Error(`import failed: ${result.error.code}`);
  expect(result.parts).toHaveLength(1);
  return result.parts[0];
}
