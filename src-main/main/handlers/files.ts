// File reading and writing behind the dialogs. Node only, so limits and names are testable.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';

import { AppError } from '../../../src-core/errors/app-error';
import type { PickedFile } from '../../../src-core/platform/ipc-contract';

/** Bigger files would not fit through IPC and the renderer's memory in one piece. */
export const MAX_OPEN_BYTES = 512 * 1024 * 1024;

const FALLBACK_NAME = 'export';
const MAX_NAME_LENGTH = 200;
const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
// Separators, characters Windows forbids, and control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[/\\<>:"|?*\u0000-\u001f\u007f]/g;

/**
 * A name the save dialog can propose on every OS: no folders, no forbidden characters, no
 * device names, not hidden, not too long. The extension is kept when the name is shortened.
 */
export function sanitiseFileName(suggested: string): string {
  let name = suggested.replace(FORBIDDEN_CHARS, '_').trim();
  name = name.replace(/^[.\s]+|[.\s]+$/g, '');
  if (RESERVED_WINDOWS_NAMES.test(name)) name = `_${name}`;

  if (name.length > MAX_NAME_LENGTH) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
  }

  return name === '' ? FALLBACK_NAME : name;
}

function unreadable(filePath: string, error: unknown): AppError {
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError('file-unreadable', detail, { file: basename(filePath) });
}

async function sizeOf(filePath: string): Promise<number> {
  try {
    return (await stat(filePath)).size;
  } catch (error) {
    throw unreadable(filePath, error);
  }
}

/** Reads the chosen files; refuses all of them if one is too large, before reading any. */
export async function readPickedFiles(
  paths: readonly string[],
  maxBytes: number = MAX_OPEN_BYTES,
): Promise<PickedFile[]> {
  for (const filePath of paths) {
    const size = await sizeOf(filePath);
    if (size <= maxBytes) continue;

    const params = { file: basename(filePath), limitMb: Math.floor(maxBytes / 1024 / 1024) };
    throw new AppError('file-too-large', `${size} bytes`, params);
  }

  return Promise.all(paths.map(readOne));
}

async function readOne(filePath: string): Promise<PickedFile> {
  try {
    const buffer = await readFile(filePath);
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    return { name: basename(filePath), bytes };
  } catch (error) {
    throw unreadable(filePath, error);
  }
}

export async function writeBytes(filePath: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(filePath, bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('file-write-failed', detail, { file: basename(filePath) });
  }
}
