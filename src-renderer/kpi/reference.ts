// The OS catalogue the KPIs use: the bundled one, or a newer one the consultant imported into
// the shared library.
import { chooseCatalogue, restoreOsCatalogue } from '@core/reference';
import type { CatalogueChoice, OsCatalogue } from '@core/reference';

import bundledCatalogueJson from '../../resources/reference/os-catalogue.json';
import { getDb } from '../store/db';
import type { FleetDb } from '../store/db';
import { getLibraryItem, putLibraryItem } from '../store/library';

export const CATALOGUE_KIND = 'reference-catalogue';
export const OS_CATALOGUE_ID = 'os-catalogue';

let bundledCatalogue: OsCatalogue | null = null;

export function getBundledCatalogue(): OsCatalogue {
  bundledCatalogue ??= restoreOsCatalogue(bundledCatalogueJson);
  return bundledCatalogue;
}

/** The catalogue the KPIs use: an imported one when it validates and is newer than the bundle. */
export async function activeCatalogue(db: FleetDb = getDb()): Promise<CatalogueChoice> {
  // Validation happens in chooseCatalogue, so the stored item is read as it is.
  const stored = await getLibraryItem(CATALOGUE_KIND, OS_CATALOGUE_ID, (raw) => raw, db);
  return chooseCatalogue(getBundledCatalogue(), stored);
}

export type CatalogueImport =
  | { outcome: 'replaced'; snapshotDate: string }
  | { outcome: 'not-newer'; snapshotDate: string; currentDate: string }
  | { outcome: 'invalid'; issues: string[] }
  | { outcome: 'not-json' };

/** Keeps a catalogue file in the library only if it validates and is newer than the one in use. */
export async function importCatalogueText(
  text: string,
  db: FleetDb = getDb(),
): Promise<CatalogueImport> {
  let candidate: unknown;
  try {
    candidate = JSON.parse(text);
  } catch {
    return { outcome: 'not-json' };
  }

  const current = (await activeCatalogue(db)).catalogue;
  const choice = chooseCatalogue(current, candidate);

  if (choice.reason === 'candidate-invalid') return { outcome: 'invalid', issues: choice.issues };
  if (choice.reason === 'candidate-not-newer') {
    const snapshotDate = readSnapshotDate(candidate);
    return { outcome: 'not-newer', snapshotDate, currentDate: current.snapshotDate };
  }

  await putLibraryItem(CATALOGUE_KIND, OS_CATALOGUE_ID, choice.catalogue, db);
  return { outcome: 'replaced', snapshotDate: choice.catalogue.snapshotDate };
}

function readSnapshotDate(candidate: unknown): string {
  const date = (candidate as { snapshotDate?: unknown }).snapshotDate;
  return typeof date === 'string' ? date : '';
}
