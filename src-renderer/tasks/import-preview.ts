// The 'import-preview' task: reads dropped files in the worker, recognises each table, applies
// a saved mapping profile when the header matches one, and returns what the preview shows.
import { AppError, toErrorPayload } from '@core/errors/app-error';
import { isXlsxArchive, isZip, unzipEntries } from '@core/import/container/zip';
import { importFile } from '@core/import/import-file';
import type { ImportedPart } from '@core/import/import-file';
import {
  MAPPING_PROFILE_KIND,
  headerSignature,
  profileIdFor,
  restoreMappingProfile,
} from '@core/import/profile';

import type { FleetDb } from '../store/db';
import { getLibraryItem } from '../store/library';
import type { TaskProgress } from './contract';
import { getSessionPart, openSession } from './import-session';
import type { SessionFile, SessionPart } from './import-session';
import type {
  FilePreview,
  ImportPreviewInput,
  ImportPreviewOutput,
  PartOptions,
  PartPreview,
} from './import-types';
import { sha256Hex } from './sha256';

const MAX_ERRORS_SHOWN = 5000;
const MAPPED_SAMPLE = 20;

interface Loop {
  onProgress: (progress: TaskProgress) => void;
  signal: AbortSignal;
}

export async function importPreview(
  db: FleetDb,
  input: ImportPreviewInput,
  loop: Loop,
): Promise<ImportPreviewOutput> {
  if ('files' in input) {
    const { session, previews } = await previewFiles(db, input.files, loop);
    return { kind: 'session', session: { id: session.id, files: previews } };
  }

  const part = getSessionPart(input.sessionId, input.fileIndex, input.partIndex);
  const started = performance.now();
  part.options = input.options;
  part.parsed = await parsePart(part.name, part.bytes, part.options, loop);

  const ms = performance.now() - started;
  return { kind: 'part', part: summarise(part, input.fileIndex, input.partIndex, ms) };
}

async function previewFiles(
  db: FleetDb,
  files: { name: string; bytes: Uint8Array }[],
  loop: Loop,
): Promise<{ session: { id: string }; previews: FilePreview[] }> {
  const sessionFiles: SessionFile[] = [];
  const previews: FilePreview[] = [];

  for (const [fileIndex, file] of files.entries()) {
    const size = file.bytes.byteLength;
    try {
      const { parts, timings } = await readParts(db, file, loop);
      sessionFiles.push({ name: file.name, size, parts });
      const summaries = parts.map((part, index) =>
        summarise(part, fileIndex, index, timings[index]),
      );
      previews.push({ fileIndex, name: file.name, size, ok: true, parts: summaries });
    } catch (error) {
      if (loop.signal.aborted) throw error;
      sessionFiles.push({ name: file.name, size, parts: [] });
      previews.push({ fileIndex, name: file.name, size, ok: false, error: toErrorPayload(error) });
    }
  }

  return { session: openSession(sessionFiles), previews };
}

// A ZIP is opened here rather than inside importFile so that each entry keeps its own bytes
// and options: one entry may need a mapping that another, recognised, must not get.
async function readParts(
  db: FleetDb,
  file: { name: string; bytes: Uint8Array },
  loop: Loop,
): Promise<{ parts: SessionPart[]; timings: number[] }> {
  const entries =
    isZip(file.bytes) && !isXlsxArchive(file.bytes, file.name)
      ? unzipEntries(file.bytes, file.name).map((entry) => ({
          name: `${file.name}/${entry.path}`,
          bytes: entry.bytes,
        }))
      : [file];

  const parts: SessionPart[] = [];
  const timings: number[] = [];
  for (const entry of entries) {
    const started = performance.now();
    let parsed = await parsePart(entry.name, entry.bytes, {}, loop);
    const options = await savedProfileOptions(db, parsed);
    if (options) parsed = await parsePart(entry.name, entry.bytes, options, loop);

    // The bytes came through postMessage or out of the archive: an ArrayBuffer of their own.
    const sha256 = await sha256Hex(entry.bytes as Uint8Array<ArrayBuffer>);
    parts.push({ name: entry.name, bytes: entry.bytes, options: options ?? {}, parsed, sha256 });
    timings.push(performance.now() - started);
  }
  return { parts, timings };
}

async function parsePart(
  name: string,
  bytes: Uint8Array,
  options: PartOptions,
  { onProgress, signal }: Loop,
): Promise<ImportedPart> {
  const result = await importFile(
    { name, bytes },
    {
      ...options,
      signal,
      onProgress: (p) => onProgress({ done: p.done, total: p.total, label: `${p.phase}:${name}` }),
    },
  );
  if (!result.ok) throw new AppError(result.error.code, result.error.detail, result.error.params);
  return result.parts[0];
}

/** The options of the profile saved for this header, when the app did not know the layout. */
async function savedProfileOptions(db: FleetDb, parsed: ImportedPart): Promise<PartOptions | null> {
  if (parsed.recognition.source !== 'unrecognised') return null;

  const signature = headerSignature(parsed.header);
  const profile = await getLibraryItem(
    MAPPING_PROFILE_KIND,
    profileIdFor(signature),
    restoreMappingProfile,
    db,
  ).catch(() => undefined);
  if (profile?.signature !== signature) return null;

  return {
    dataset: profile.dataset,
    mapping: profile.mapping,
    profileId: profile.id,
    profileName: profile.name,
  };
}

function summarise(part: SessionPart, fileIndex: number, partIndex: number, ms: number) {
  const { parsed } = part;
  const result = parsed.result;
  const errors = result?.errors ?? [];

  const preview: PartPreview = {
    fileIndex,
    partIndex,
    name: parsed.name,
    size: part.bytes.byteLength,
    format: parsed.format,
    encoding: parsed.encoding,
    hadBom: parsed.hadBom,
    delimiter: parsed.delimiter,
    sheetName: parsed.sheetName,
    sheetNames: parsed.sheetNames,
    sha256: part.sha256,
    period: part.options.period ?? null,
    header: parsed.header,
    sample: parsed.preview,
    sampleRowNumbers: parsed.previewRowNumbers,
    source: parsed.recognition.source,
    dataset: result?.dataset ?? null,
    confidence: parsed.recognition.confidence,
    notice: parsed.recognition.notice ?? null,
    suggestions: parsed.recognition.suggestions,
    mapping: result ? (part.options.mapping ?? parsed.recognition.mapping) : null,
    profile: null,
    rowCount: parsed.rowCount,
    skippedRows: parsed.skippedRows,
    accepted: result?.rows.length ?? 0,
    billLines: parsed.billLines?.rows.length ?? 0,
    rejected: result?.rejectedRows ?? 0,
    totalRows: result?.totalRows ?? 0,
    mappedSample: result?.rows.slice(0, MAPPED_SAMPLE) ?? [],
    errors: errors.slice(0, MAX_ERRORS_SHOWN),
    errorCount: errors.length,
    warningCount: errors.filter((error) => error.severity === 'warning').length,
    parseMs: Math.round(ms),
  };
  return withProfile(preview, part.options);
}

function withProfile(preview: PartPreview, options: PartOptions): PartPreview {
  if (!options.profileId) return preview;
  return { ...preview, profile: { id: options.profileId, name: options.profileName ?? '' } };
}
