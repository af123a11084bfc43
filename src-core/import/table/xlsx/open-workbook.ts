import { strFromU8 } from 'fflate';

import type { UnzipLimits } from '../../container/zip';
import { fileError, throwIfAborted } from '../../failure';
import type { LoopOptions } from '../../types';
import type { CellContext } from './cell-value';
import { applyMerges } from './merges';
import { SheetScanner } from './sheet-scanner';
import type { SheetRows } from './sheet-scanner';
import { readDateStyles } from './styles';
import { readSharedStrings, readWorkbookInfo } from './workbook-parts';
import type { SheetRef } from './workbook-parts';
import { ArchiveError, entryBytes, readDirectory, streamEntryText } from './zip-archive';
import type { ArchiveEntry } from './zip-archive';

/** A workbook whose directory and shared parts are read; sheets are read on demand. */
export interface OpenWorkbook {
  sheets: SheetRef[];
  /** Reads one worksheet's rows, merged ranges filled in. */
  readSheet(sheet: SheetRef, loop: LoopOptions): Promise<SheetRows>;
}

// The same ceiling container/zip.ts puts on archives: what all parts read may expand to.
const DEFAULT_MAX_TOTAL = 256 * 1024 * 1024;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True for an OLE compound file: a legacy .xls, or an XLSX sealed with a password. */
export function isOleFile(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((byte, i) => bytes[i] === byte);
}

// Excel wraps a password-protected XLSX in an OLE file whose streams are EncryptionInfo and
// EncryptedPackage; the directory naming them may sit anywhere in the file, often at its end.
function oleError(bytes: Uint8Array, file: string): Error {
  const reason = containsUtf16(bytes, 'EncryptedPackage') ? 'password-protected' : 'legacy-xls';
  return fileError('import-xlsx-unreadable', file, { reason, detail: `${reason} workbook` });
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  const last = bytes.length - text.length * 2;

  for (let at = bytes.indexOf(first); at >= 0 && at <= last; at = bytes.indexOf(first, at + 1)) {
    let i = 1;
    while (
      i < text.length &&
      bytes[at + i * 2] === text.charCodeAt(i) &&
      bytes[at + i * 2 + 1] === 0
    ) {
      i++;
    }
    if (i === text.length && bytes[at + 1] === 0) return true;
  }
  return false;
}

/** Turns what went wrong while reading the archive into the file's coded error. */
export function xlsxError(error: unknown, file: string, limits: UnzipLimits = {}): Error {
  if (error instanceof Error && error.name === 'AppError') return error;
  if (error instanceof ArchiveError && error.reason === 'too-large') {
    const limit = limits.maxTotalBytes ?? DEFAULT_MAX_TOTAL;
    return fileError('import-zip-too-large', file, { limit, detail: error.message });
  }
  const reason = error instanceof ArchiveError && error.reason === 'encrypted' ? 'encrypted' : '';
  return fileError('import-xlsx-unreadable', file, { reason, detail: String(error) });
}

/** Opens an XLSX file: reads its directory, workbook, shared strings and styles. */
export function openWorkbook(
  bytes: Uint8Array,
  file: string,
  limits: UnzipLimits = {},
): OpenWorkbook {
  if (isOleFile(bytes)) throw oleError(bytes, file);

  let budget = limits.maxTotalBytes ?? DEFAULT_MAX_TOTAL;
  const spend = (entry: ArchiveEntry): void => {
    budget -= entry.size;
    if (budget < 0) throw new ArchiveError('too-large', `${entry.name} passes the limit`);
  };

  const entries = readDirectory(bytes);
  const text = (path: string | null, required: boolean): string => {
    const entry = path === null ? undefined : entries.get(path);
    if (!entry) {
      if (required) throw new ArchiveError('corrupt', `${path ?? 'a part'} is missing`);
      return '';
    }
    spend(entry);
    return strFromU8(entryBytes(bytes, entry));
  };

  const info = readWorkbookInfo(
    text('xl/workbook.xml', true),
    text('xl/_rels/workbook.xml.rels', true),
  );
  const context: Omit<CellContext, 'prefix'> = {
    sharedStrings: readSharedStrings(text(info.sharedStringsPath, false)),
    dateStyles: readDateStyles(text(info.stylesPath, false)),
    date1904: info.date1904,
  };

  return {
    sheets: info.sheets,
    async readSheet(sheet, loop) {
      const entry = entries.get(sheet.path);
      if (!entry) throw new ArchiveError('corrupt', `${sheet.path} is missing`);
      spend(entry);

      const scanner = new SheetScanner(context);
      await streamEntryText(bytes, entry, (piece, done) => {
        throwIfAborted(loop.signal, file);
        scanner.push(piece);
        loop.onProgress?.({ phase: 'parse', done, total: entry.size });
      });

      const rows = scanner.finish();
      applyMerges(rows);
      return rows;
    },
  };
}
