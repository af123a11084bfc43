// Opens an untrusted archive. Nothing is expanded until the ZIP's directory has been checked
// (paths, sizes, entry count), and no part is handed on until its size, SHA-256 and row count
// match the manifest: a damaged, forged or tampered file fails whole.
import { unzipSync } from 'fflate';

import { DEFAULT_LIMITS, MANIFEST_PATH } from './format';
import type { FileLimits } from './format';
import { sha256Hex } from './hash';
import { readManifest, readManifestHead } from './manifest';
import type { Manifest, ManifestHead } from './manifest';
import { refuse } from './refuse';

interface Listing {
  /** Declared expanded size of each file entry, by path. */
  sizes: Map<string, number>;
}

/** True when the bytes start like a ZIP archive. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** True for entry names that would land outside the folder they are extracted to. */
export function isUnsafePath(name: string): boolean {
  const path = name.replaceAll('\\', '/');
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return true;
  return path.split('/').some((segment) => segment === '..');
}

/** Reads the directory only: refuses unsafe paths and archives past the limits. */
export function listArchive(bytes: Uint8Array, file: string, limits: FileLimits): Listing {
  if (!isZip(bytes)) throw refuse('engagement-file-not-recognised', file);
  const sizes = new Map<string, number>();
  let total = 0;

  try {
    unzipSync(bytes, {
      filter(info) {
        if (isUnsafePath(info.name)) {
          throw refuse('engagement-file-unsafe-path', file, { entry: info.name });
        }
        if (info.name.endsWith('/')) return false;

        total += info.originalSize;
        sizes.set(info.name, info.originalSize);
        if (total > limits.maxExpandedBytes || sizes.size > limits.maxEntries) {
          throw refuse('engagement-file-too-large', file, { limit: limits.maxExpandedBytes });
        }
        return false;
      },
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error;
    throw refuse('engagement-file-damaged', file, { reason: String(error) });
  }
  return { sizes };
}

/** Expands the named entries; fflate sizes each buffer from the directory, never past it. */
export function expandEntries(
  bytes: Uint8Array,
  file: string,
  paths: ReadonlySet<string>,
): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter: (info) => paths.has(info.name) });
  } catch (error) {
    throw refuse('engagement-file-damaged', file, { reason: String(error) });
  }
}

/** Parses JSON bytes, or refuses the file as invalid. */
export function parseJson(bytes: Uint8Array, file: string, path: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw refuse('engagement-file-invalid', file, { entry: path });
  }
}

/** Reads the manifest's JSON, refusing a missing or oversized one before expanding it. */
export function readManifestJson(
  bytes: Uint8Array,
  file: string,
  listing: Listing,
  limits: FileLimits = DEFAULT_LIMITS,
): unknown {
  const size = listing.sizes.get(MANIFEST_PATH);
  if (size === undefined) throw refuse('engagement-file-not-recognised', file);
  if (size > limits.maxManifestBytes) {
    throw refuse('engagement-file-too-large', file, { entry: MANIFEST_PATH });
  }

  const entry = expandEntries(bytes, file, new Set([MANIFEST_PATH]))[MANIFEST_PATH];
  if (!entry) throw refuse('engagement-file-damaged', file, { entry: MANIFEST_PATH });
  return parseJson(entry, file, MANIFEST_PATH);
}

export interface Unpacked {
  head: ManifestHead;
  manifest: Manifest;
  /** Every part's bytes, checked against the manifest, by path. */
  parts: Map<string, Uint8Array<ArrayBuffer>>;
}

/** Checks that the archive holds exactly the manifest's parts, with their sizes and hashes. */
export async function verifyParts(
  bytes: Uint8Array,
  file: string,
  manifest: Manifest,
  listing: Listing,
): Promise<Map<string, Uint8Array<ArrayBuffer>>> {
  const listed = new Set(manifest.parts.map((part) => part.path));
  for (const path of listing.sizes.keys()) {
    if (path !== MANIFEST_PATH && !listed.has(path)) {
      throw refuse('engagement-file-invalid', file, { entry: path });
    }
  }

  const entries = expandEntries(bytes, file, listed);
  const parts = new Map<string, Uint8Array<ArrayBuffer>>();

  for (const part of manifest.parts) {
    // fflate allocates every entry as a plain ArrayBuffer.
    const entry = entries[part.path] as Uint8Array<ArrayBuffer> | undefined;
    if (!entry) throw refuse('engagement-file-tampered', file, { entry: part.path });
    if (entry.byteLength !== part.size || (await sha256Hex(entry)) !== part.sha256) {
      throw refuse('engagement-file-tampered', file, { entry: part.path });
    }
    parts.set(part.path, entry);
  }
  return parts;
}

/** Opens an archive as far as its head (kind and version): the caller decides if it can go on. */
export function openArchive(
  bytes: Uint8Array,
  file: string,
  limits: FileLimits = DEFAULT_LIMITS,
): { head: ManifestHead; json: unknown; listing: Listing } {
  const listing = listArchive(bytes, file, limits);
  const json = readManifestJson(bytes, file, listing, limits);
  return { head: readManifestHead(json, file), json, listing };
}

/** Reads and checks a whole archive once its version is known to be readable. */
export async function unpackArchive(
  bytes: Uint8Array,
  file: string,
  opened: { head: ManifestHead; json: unknown; listing: Listing },
): Promise<Unpacked> {
  const manifest = readManifest(opened.json, file);
  const parts = await verifyParts(bytes, file, manifest, opened.listing);
  return { head: opened.head, manifest, parts };
}
