// The parts of a file: each table as JSON (batches in several parts, so no single string holds
// a whole fleet) and each attachment's bytes as an entry of its own.
import type { FileTable } from './format';

export interface FilePart {
  path: string;
  table: FileTable;
  /** Rows in a JSON part; 1 for an attachment's bytes. */
  count: number;
  bytes: Uint8Array<ArrayBuffer>;
}

type JsonTable = Exclude<FileTable, 'attachment-bytes'>;

const padded = (index: number): string => String(index).padStart(6, '0');

/** Where a table's part lives in the archive; batches are numbered. */
export function partPath(table: JsonTable, index = 0): string {
  return table === 'batches' ? `batches/${padded(index)}.json` : `${table}.json`;
}

/** Where the bytes of the attachment at `index` in attachments.json live. */
export function attachmentPath(index: number): string {
  return `files/${padded(index)}.bin`;
}

/** Encodes rows of one table as a JSON part. */
export function jsonPart(table: JsonTable, rows: readonly unknown[], index = 0): FilePart {
  const bytes = new TextEncoder().encode(JSON.stringify(rows)) as Uint8Array<ArrayBuffer>;
  return { path: partPath(table, index), table, count: rows.length, bytes };
}

/** Wraps one attachment's bytes as a part. */
export function attachmentPart(index: number, bytes: Uint8Array<ArrayBuffer>): FilePart {
  return { path: attachmentPath(index), table: 'attachment-bytes', count: 1, bytes };
}
