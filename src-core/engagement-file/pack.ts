// Writes the ZIP: every part plus a manifest holding the count, size and SHA-256 of each.
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';

import { FILE_KIND, FILE_SCHEMA_VERSION, MANIFEST_PATH } from './format';
import { sha256Hex } from './hash';
import type { Manifest } from './manifest';
import type { FilePart } from './parts';

export interface PackInfo {
  appVersion: string;
  createdAt: string;
  engagementName: string;
}

/** Builds the `.fleetaudit` archive (unencrypted) from its parts. */
export async function packEngagementFile(
  parts: readonly FilePart[],
  info: PackInfo,
): Promise<Uint8Array<ArrayBuffer>> {
  const manifest: Manifest = {
    kind: FILE_KIND,
    schemaVersion: FILE_SCHEMA_VERSION,
    ...info,
    parts: [],
  };
  const files: Zippable = {};

  for (const part of parts) {
    const { path, table, count, bytes } = part;
    manifest.parts.push({
      path,
      table,
      count,
      size: bytes.byteLength,
      sha256: await sha256Hex(bytes),
    });
    // Attachments are mostly PDFs and images, already compressed: storing them costs nothing.
    files[path] = [bytes, { level: table === 'attachment-bytes' ? 0 : 6 }];
  }

  files[MANIFEST_PATH] = new TextEncoder().encode(JSON.stringify(manifest, null, 1));
  return zipSync(files);
}
