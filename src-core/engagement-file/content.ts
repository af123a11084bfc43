// The engagement a file carries, as typed records, and the checks that turn the parts' raw
// JSON into it. Every record passes a schema and every reference is checked, so a forged file
// is refused whole instead of leaving half an engagement behind.
import { z } from 'zod';

import { restoreEngagement } from '../model/engagement';
import type { Engagement } from '../model/engagement';
import { DATASETS, importRecordSchema } from '../model/import-record';
import type { Dataset, ImportRecord } from '../model/import-record';
import { sha256Hex } from './hash';
import { refuse } from './refuse';

export interface FileBatch {
  id: string;
  importId: string;
  dataset: Dataset;
  seq: number;
  rows: unknown[];
}

export interface FileNote {
  id: string;
  subject: string;
  [field: string]: unknown;
}

export interface FileRecord {
  kind: string;
  id: string;
  data: unknown;
  updatedAt: string;
}

export interface FileAttachment {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  addedAt: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Everything one engagement holds, as carried by a file (derived views excepted). */
export interface EngagementContent {
  engagement: Engagement;
  imports: ImportRecord[];
  batches: FileBatch[];
  notes: FileNote[];
  records: FileRecord[];
  attachments: FileAttachment[];
}

/** The JSON tables of a file before validation, as migrations see them. */
export interface RawTables {
  engagement: unknown[];
  imports: unknown[];
  batches: unknown[];
  notes: unknown[];
  records: unknown[];
  attachments: unknown[];
}

const batchSchema = z.object({
  id: z.string().min(1),
  importId: z.string().min(1),
  dataset: z.enum(DATASETS),
  seq: z.number().int().nonnegative(),
  rows: z.array(z.unknown()),
});

const noteSchema = z.looseObject({ id: z.string().min(1), subject: z.string() });

const recordSchema = z.object({
  kind: z.string().min(1),
  id: z.string().min(1),
  data: z.unknown(),
  updatedAt: z.string(),
});

const attachmentSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: z.string(),
});

function parseAll<T>(schema: z.ZodType<T>, rows: unknown[], file: string, table: string): T[] {
  return rows.map((row, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw refuse('engagement-file-invalid', file, { table, row: index });
    return parsed.data;
  });
}

function requireUnique(keys: string[], file: string, table: string): void {
  if (new Set(keys).size !== keys.length) {
    throw refuse('engagement-file-invalid', file, { table, reason: 'duplicate id' });
  }
}

function checkBatches(batches: FileBatch[], imports: ImportRecord[], file: string): void {
  const datasetOf = new Map<string, Dataset>(imports.map((record) => [record.id, record.dataset]));

  for (const batch of batches) {
    if (datasetOf.get(batch.importId) !== batch.dataset) {
      throw refuse('engagement-file-invalid', file, { table: 'batches', batch: batch.id });
    }
  }
}

async function withBytes(
  metas: z.infer<typeof attachmentSchema>[],
  files: ReadonlyMap<number, Uint8Array<ArrayBuffer>>,
  file: string,
): Promise<FileAttachment[]> {
  if (files.size !== metas.length) {
    throw refuse('engagement-file-invalid', file, { table: 'attachments' });
  }

  const attachments: FileAttachment[] = [];
  for (const [index, meta] of metas.entries()) {
    const bytes = files.get(index);
    if (!bytes || bytes.byteLength !== meta.size || (await sha256Hex(bytes)) !== meta.sha256) {
      throw refuse('engagement-file-tampered', file, { attachment: meta.id });
    }
    attachments.push({ ...meta, bytes });
  }
  return attachments;
}

/** Validates a file's tables (already migrated to today's version) into an engagement. */
export async function validateContent(
  tables: RawTables,
  files: ReadonlyMap<number, Uint8Array<ArrayBuffer>>,
  file: string,
): Promise<EngagementContent> {
  if (tables.engagement.length !== 1) throw refuse('engagement-file-invalid', file);

  let engagement: Engagement;
  try {
    engagement = restoreEngagement(tables.engagement[0]);
  } catch {
    throw refuse('engagement-file-invalid', file, { table: 'engagement' });
  }

  const imports = parseAll(importRecordSchema, tables.imports, file, 'imports') as ImportRecord[];
  const batches = parseAll(batchSchema, tables.batches, file, 'batches');
  const notes = parseAll(noteSchema, tables.notes, file, 'notes');
  const records = parseAll(recordSchema, tables.records, file, 'records');
  const metas = parseAll(attachmentSchema, tables.attachments, file, 'attachments');

  requireUnique(
    imports.map((record) => record.id),
    file,
    'imports',
  );
  requireUnique(
    batches.map((batch) => batch.id),
    file,
    'batches',
  );
  requireUnique(
    notes.map((note) => note.id),
    file,
    'notes',
  );
  requireUnique(
    records.map((record) => `${record.kind}\u0000${record.id}`),
    file,
    'records',
  );
  requireUnique(
    metas.map((meta) => meta.id),
    file,
    'attachments',
  );
  checkBatches(batches, imports, file);

  const attachments = await withBytes(metas, files, file);
  return { engagement, imports, batches, notes, records, attachments };
}
