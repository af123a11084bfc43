import { unzipSync } from 'fflate';

import { fileError } from '../failure';

/** One file taken out of an archive, named by its path inside it. */
export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

export interface UnzipLimits {
  /** Most bytes all entries may expand to together. @default 256 MiB */
  maxTotalBytes?: number;
  /** Most entries read. @default 200 */
  maxEntries?: number;
}

const DEFAULT_MAX_TOTAL = 256 * 1024 * 1024;
const DEFAULT_MAX_ENTRIES = 200;
const READABLE = /\.(csv|txt|tsv|xlsx|json)$/i;
const NOISE = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|~\$)/i;

/** True when the bytes start like a ZIP archive (XLSX files are ZIP archives too). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** True when a ZIP archive is an Excel workbook rather than a bundle of exports. */
export function isXlsxArchive(bytes: Uint8Array, file = ''): boolean {
  let workbook = false;
  try {
    unzipSync(bytes, {
      filter(info) {
        if (info.name === 'xl/workbook.xml') workbook = true;
        return false;
      },
    });
  } catch (error) {
    throw fileError('import-zip-unreadable', file, { detail: String(error) });
  }
  return workbook;
}

/**
 * Takes the readable files (CSV, TXT, TSV, XLSX, JSON) out of an archive. Refuses the whole
 * archive if an entry climbs out of it (`..`, absolute paths) or if the sizes its directory
 * declares add up past the limit, before expanding anything: a zip bomb never reaches memory.
 */
export function unzipEntries(
  bytes: Uint8Array,
  file: string,
  limits: UnzipLimits = {},
): ZipEntry[] {
  const maxTotal = limits.maxTotalBytes ?? DEFAULT_MAX_TOTAL;
  const maxEntries = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const wanted: string[] = [];
  let declared = 0;

  listing(bytes, file, (name, size) => {
    if (isUnsafePath(name)) throw fileError('import-zip-unsafe-path', file, { entry: name });
    if (name.endsWith('/') || NOISE.test(name) || !READABLE.test(name)) return;

    declared += size;
    wanted.push(name);
    if (declared > maxTotal || wanted.length > maxEntries) {
      throw fileError('import-zip-too-large', file, { limit: maxTotal, entries: wanted.length });
    }
  });

  if (wanted.length === 0) throw fileError('import-zip-empty', file);
  return expand(bytes, file, new Set(wanted));
}

function listing(
  bytes: Uint8Array,
  file: string,
  visit: (name: string, size: number) => void,
): void {
  try {
    unzipSync(bytes, {
      filter(info) {
        visit(info.name, info.originalSize);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error;
    throw fileError('import-zip-unreadable', file, { detail: String(error) });
  }
}

// fflate sizes each output buffer from the declared size, so a lying header cannot grow it.
function expand(bytes: Uint8Array, file: string, wanted: Set<string>): ZipEntry[] {
  try {
    const files = unzipSync(bytes, { filter: (info) => wanted.has(info.name) });
    return [...wanted].map((path) => ({ path, bytes: files[path] }));
  } catch (error) {
    throw fileError('import-zip-unreadable', file, { detail: String(error) });
  }
}

/** True for entry names that would land outside the folder they are extracted to. */
export function isUnsafePath(name: string): boolean {
  const path = name.replaceAll('\\', '/');
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return true;
  return path.split('/').some((segment) => segment === '..');
}
