// Owns the one IndexedDB database of the app: its tables and how it is opened. The UI thread
// and the task worker each open it by the same name; Dexie tells live queries in one about
// writes made by the other.
import Dexie from 'dexie';
import type { DexieOptions, Table } from 'dexie';

import type { RowBatch } from '@core/model/batch';
import type { Engagement } from '@core/model/engagement';
import type { ImportRecord } from '@core/model/import-record';

import type { DerivedRecord } from './derived';
import type {
  AttachmentRecord,
  LibraryRecord,
  MappingProfileRecord,
  OwnedRecord,
  NoteRecord,
  SettingRecord,
  ViewChunk,
  ViewMeta,
} from './records';
import { SCHEMA_VERSIONS, applySchemaVersions } from './versions';
import type { SchemaVersion } from './versions';

export const DEFAULT_DB_NAME = 'fleet-audit';

export type ViewChunkKey = [string, string, number];
export type ViewMetaKey = [string, string];

export class FleetDb extends Dexie {
  // Typed with today's shapes for writing; every read still goes through a restore function.
  declare engagements: Table<Engagement, string>;
  declare imports: Table<ImportRecord, string>;
  declare batches: Table<RowBatch<unknown>, string>;
  declare viewChunks: Table<ViewChunk, ViewChunkKey>;
  declare viewMeta: Table<ViewMeta, ViewMetaKey>;
  declare notes: Table<NoteRecord, string>;
  declare mappingProfiles: Table<MappingProfileRecord, string>;
  declare settings: Table<SettingRecord, string>;
  declare records: Table<OwnedRecord, [string, string, string]>;
  declare attachments: Table<AttachmentRecord, [string, string]>;
  declare library: Table<LibraryRecord, [string, string]>;
  declare derived: Table<DerivedRecord, [string, string]>;

  constructor(
    name: string = DEFAULT_DB_NAME,
    options?: DexieOptions,
    versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
  ) {
    super(name, options);
    applySchemaVersions(this, versions);
  }
}

/** Opens (creating or upgrading as needed) the database; tests pass their own factory. */
export function openFleetDb(name: string = DEFAULT_DB_NAME, options?: DexieOptions): FleetDb {
  return new FleetDb(name, options);
}

let shared: FleetDb | null = null;

/** The database the UI reads, opened on first use so that importing this module costs nothing. */
export function getDb(): FleetDb {
  shared ??= openFleetDb();
  return shared;
}
