// What a `.fleetaudit` file is: its version, its tables and the limits a reader enforces before
// trusting anything it holds. A file is a ZIP of JSON parts plus a manifest, optionally sealed
// in an encryption envelope.

export const FILE_EXTENSION = 'fleetaudit';
export const FILE_MIME_TYPE = 'application/x-fleetaudit';

/** Written in every manifest, so a file says which format it is before anything is parsed. */
export const FILE_KIND = 'fleetaudit-engagement';

/** The schema version this code writes; readers migrate older files up to it. */
export const FILE_SCHEMA_VERSION = 1;

export const MANIFEST_PATH = 'manifest.json';

/** The engagement's tables carried by a file; views are derived again on import. */
export const FILE_TABLES = [
  'engagement',
  'imports',
  'batches',
  'notes',
  'records',
  'attachments',
  'attachment-bytes',
] as const;

export type FileTable = (typeof FILE_TABLES)[number];

/** Ceilings checked against the ZIP's directory before any entry is expanded. */
export interface FileLimits {
  /** Most bytes all entries may expand to together. @default 1 GiB */
  maxExpandedBytes: number;
  /** Most entries in the archive. @default 100,000 */
  maxEntries: number;
  /** Most bytes the manifest may expand to. @default 4 MiB */
  maxManifestBytes: number;
}

export const DEFAULT_LIMITS: FileLimits = {
  maxExpandedBytes: 1024 * 1024 * 1024,
  maxEntries: 100_000,
  maxManifestBytes: 4 * 1024 * 1024,
};
