// A fresh in-memory IndexedDB per test, so no test sees another's records.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';

import { FleetDb } from '@renderer/store/db';
import type { SchemaVersion } from '@renderer/store/versions';
import { SCHEMA_VERSIONS } from '@renderer/store/versions';

export function freshDb(
  factory: IDBFactory = new IDBFactory(),
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): FleetDb {
  return new FleetDb('fleet-audit-test', { indexedDB: factory, IDBKeyRange }, versions);
}

/** Every record of every engagement-scoped table that belongs to the engagement. */
export async function rowsOf(db: FleetDb, engagementId: string): Promise<number> {
  const counts = await Promise.all([
    db.engagements.where('id').equals(engagementId).count(),
    db.imports.where('engagementId').equals(engagementId).count(),
    db.batches.where('engagementId').equals(engagementId).count(),
    db.viewChunks.where('engagementId').equals(engagementId).count(),
    db.viewMeta.where('engagementId').equals(engagementId).count(),
    db.derived.where('engagementId').equals(engagementId).count(),
    db.notes.where('engagementId').equals(engagementId).count(),
    db.records.where('engagementId').equals(engagementId).count(),
    db.attachments.where('engagementId').equals(engagementId).count(),
  ]);
  return counts.reduce((sum, n) => sum + n, 0);
}
