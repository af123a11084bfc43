// The worker's memory of the files being previewed: their bytes and last parse, by preview id,
// so confirming stores the rows already parsed instead of reading the file a second time.
import { AppError } from '@core/errors/app-error';
import type { ImportedPart } from '@core/import/import-file';

import type { PartOptions } from './import-types';

/** One table to import: a plain file, or one entry of a ZIP. */
export interface SessionPart {
  name: string;
  bytes: Uint8Array;
  options: PartOptions;
  parsed: ImportedPart;
  /** Hex SHA-256 of the bytes: the same file imported twice is recognised by it. */
  sha256: string;
}

export interface SessionFile {
  name: string;
  size: number;
  parts: SessionPart[];
}

export interface Session {
  id: string;
  files: SessionFile[];
}

// One preview at a time: a new one replaces the last, so abandoned previews do not pile up in
// the worker's memory. The screen shows one preview at a time too.
let current: Session | null = null;

export function openSession(files: SessionFile[]): Session {
  current = { id: crypto.randomUUID(), files };
  return current;
}

/** The session under this id, or the error telling the user to open the file again. */
export function getSession(id: string): Session {
  if (current?.id !== id) throw new AppError('import-preview-expired', `no preview ${id}`);
  return current;
}

export function getSessionPart(id: string, fileIndex: number, partIndex: number): SessionPart {
  const part = getSession(id).files[fileIndex]?.parts[partIndex];
  if (!part) throw new AppError('import-preview-expired', `no part ${fileIndex}/${partIndex}`);
  return part;
}

export function closeSession(id: string): void {
  if (current?.id === id) current = null;
}
