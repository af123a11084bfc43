// Reads an untrusted `.fleetaudit` file into an engagement: decrypt if sealed, check the
// archive and every part against the manifest, refuse a newer format, migrate an older one,
// then validate every record. Any failure refuses the whole file with a coded error.
import { validateContent } from './content';
import type { EngagementContent, RawTables } from './content';
import { decryptBytes, isEncrypted } from './envelope';
import { DEFAULT_LIMITS } from './format';
import type { FileLimits } from './format';
import type { Manifest } from './manifest';
import { CURRENT_FORMAT, migrateTables } from './migrate';
import type { FileFormat } from './migrate';
import { refuse } from './refuse';
import { openArchive, parseJson, unpackArchive } from './unpack';

export interface ReadOptions {
  /** The file's name, for messages. */
  file: string;
  passphrase?: string;
  /** @default CURRENT_FORMAT */
  format?: FileFormat;
  /** @default DEFAULT_LIMITS */
  limits?: FileLimits;
}

export interface ReadResult {
  content: EngagementContent;
  manifest: Manifest;
  encrypted: boolean;
  /** The version the file was migrated from, or null when it was already current. */
  migratedFrom: number | null;
}

const FILE_INDEX = /^files\/(\d{6})\.bin$/;

/** Sorts the verified parts into tables, checking each JSON part's row count. */
function collectTables(
  manifest: Manifest,
  parts: ReadonlyMap<string, Uint8Array<ArrayBuffer>>,
  file: string,
): { tables: RawTables; files: Map<number, Uint8Array<ArrayBuffer>> } {
  const tables: RawTables = {
    engagement: [],
    imports: [],
    batches: [],
    notes: [],
    records: [],
    attachments: [],
  };
  const files = new Map<number, Uint8Array<ArrayBuffer>>();

  for (const part of manifest.parts) {
    const bytes = parts.get(part.path);
    if (!bytes) throw refuse('engagement-file-tampered', file, { entry: part.path });

    if (part.table === 'attachment-bytes') {
      const index = FILE_INDEX.exec(part.path);
      if (!index) throw refuse('engagement-file-invalid', file, { entry: part.path });
      files.set(Number(index[1]), bytes);
      continue;
    }

    const rows = parseJson(bytes, file, part.path);
    if (!Array.isArray(rows)) throw refuse('engagement-file-invalid', file, { entry: part.path });
    if (rows.length !== part.count) {
      throw refuse('engagement-file-tampered', file, { entry: part.path });
    }
    for (const row of rows as unknown[]) tables[part.table].push(row);
  }
  return { tables, files };
}

/** Opens an engagement file (sealed or not) and returns its validated content. */
export async function readEngagementFile(
  bytes: Uint8Array<ArrayBuffer>,
  options: ReadOptions,
): Promise<ReadResult> {
  const { file, passphrase } = options;
  const format = options.format ?? CURRENT_FORMAT;
  const encrypted = isEncrypted(bytes);

  if (encrypted && !passphrase) throw refuse('engagement-file-passphrase-required', file);
  const archive = encrypted && passphrase ? await decryptBytes(bytes, passphrase, file) : bytes;

  const opened = openArchive(archive, file, options.limits ?? DEFAULT_LIMITS);
  const version = opened.head.schemaVersion;
  if (version > format.version) {
    throw refuse('engagement-file-too-new', file, {
      found: version,
      supported: format.version,
      appVersion: opened.head.appVersion,
    });
  }

  const { manifest, parts } = await unpackArchive(archive, file, opened);
  const { tables, files } = collectTables(manifest, parts, file);
  const migrated = migrateTables(tables, version, format, file);
  const content = await validateContent(migrated, files, file);

  return { content, manifest, encrypted, migratedFrom: version < format.version ? version : null };
}
