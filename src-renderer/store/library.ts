// Owns what every engagement shares (table `library`): grid templates, mapping profiles
// exported by colleagues, refreshed reference catalogues. Keyed by kind and id.
import { getDb } from './db';
import type { FleetDb } from './db';
import { guardStorage } from './guard';
import type { LibraryRecord } from './records';
import { restoreEach } from './restore-each';

export async function putLibraryItem(
  kind: string,
  id: string,
  data: unknown,
  db: FleetDb = getDb(),
): Promise<void> {
  const record: LibraryRecord = { kind, id, data, updatedAt: new Date().toISOString() };
  await guardStorage(db.library.put(record));
}

export async function getLibraryItem<T>(
  kind: string,
  id: string,
  restore: (raw: unknown) => T,
  db: FleetDb = getDb(),
): Promise<T | undefined> {
  const record = await db.library.get([kind, id]);
  return record === undefined ? undefined : restore(record.data);
}

export async function listLibrary<T>(
  kind: string,
  restore: (raw: unknown) => T,
  db: FleetDb = getDb(),
): Promise<T[]> {
  const records = await db.library.where('kind').equals(kind).toArray();
  return restoreEach(
    records.map((record) => record.data),
    restore,
    kind,
  );
}

export async function removeLibraryItem(
  kind: string,
  id: string,
  db: FleetDb = getDb(),
): Promise<void> {
  await guardStorage(db.library.delete([kind, id]));
}
