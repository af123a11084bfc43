// Owns the history of the IndexedDB schema: every version's stores and the upgrade that carries
// older data forward. A version, once shipped, is never edited; a change is a new entry.
import type { Dexie, Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs: primary key first, then indexes; null deletes a store. */
  stores: Record<string, string | null>;
  /** Runs once, inside the upgrade transaction, when an older database is opened. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      engagements: 'id, updatedAt',
      imports: 'id, engagementId, [engagementId+dataset]',
      // [importId+seq] lets a derivation read an import one batch at a time, in order.
      batches: 'id, engagementId, importId, [importId+seq], [engagementId+dataset]',
      viewChunks: '[engagementId+dataset+seq], engagementId, [engagementId+dataset]',
      viewMeta: '[engagementId+dataset], engagementId',
      notes: 'id, engagementId, [engagementId+subject]',
      mappingProfiles: 'id, signature',
      settings: 'key',
    },
  },
  {
    // The consultant's own work (checklist answers, grids, plans, waves, decisions...) as small
    // typed records, one kind per feature; their files, and what is shared by all engagements.
    version: 2,
    stores: {
      records: '[engagementId+kind+id], engagementId, [engagementId+kind]',
      attachments: '[engagementId+id], engagementId',
      library: '[kind+id], kind',
    },
  },
  {
    // Results computed from an engagement's data (the KPI report), kept to open it at once;
    // each says which state of its inputs it was computed from.
    version: 3,
    stores: {
      derived: '[engagementId+kind], engagementId',
    },
  },
];

/** Declares every version on a Dexie instance; Dexie runs the upgrades that are due, in order. */
export function applySchemaVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const entry of versions) {
    const declared = db.version(entry.version).stores(entry.stores);
    if (entry.upgrade) declared.upgrade(entry.upgrade);
  }
}
