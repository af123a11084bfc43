// Carries a file written by an older version of the format up to today's, one version at a
// time, on the raw tables before they are validated. Version 1 is the first format, so the
// list is empty; a change to the format adds its step here and bumps FILE_SCHEMA_VERSION.
import type { RawTables } from './content';
import { FILE_SCHEMA_VERSION } from './format';
import { refuse } from './refuse';

export interface FileMigration {
  /** The version this step reads; it produces version `from + 1`. */
  from: number;
  migrate: (tables: RawTables) => RawTables;
}

export interface FileFormat {
  /** The version the reader understands and migrates to. */
  version: number;
  migrations: readonly FileMigration[];
}

export const FILE_MIGRATIONS: readonly FileMigration[] = [];

export const CURRENT_FORMAT: FileFormat = {
  version: FILE_SCHEMA_VERSION,
  migrations: FILE_MIGRATIONS,
};

/** Runs every step from the file's version up to the reader's, in order. */
export function migrateTables(
  tables: RawTables,
  fromVersion: number,
  format: FileFormat,
  file: string,
): RawTables {
  let current = tables;

  for (let version = fromVersion; version < format.version; version += 1) {
    const step = format.migrations.find((migration) => migration.from === version);
    if (!step) throw refuse('engagement-file-invalid', file, { version });
    current = step.migrate(current);
  }
  return current;
}
