// Owns import records and their packed row batches. An import lands whole or not at all, and
// removing one removes its batches (and, for a bill, the lines read from it) and nothing else;
// merged views notice through sourceKey.
import { AppError } from '@core/errors/app-error';
import { latestInvoiceMonth } from '@core/kpi/reference-date';
import { chunkRows } from '@core/model/batch';
import { restoreImportRecord } from '@core/model/import-record';
import type { InvoiceRow } from '@core/model/invoice';
import type { Dataset, ImportRecord } from '@core/model/import-record';
import { newId } from '@core/model/ids';
import { packRows } from '@core/model/packed-rows';
import type { EngagementId, ImportId } from '@core/model/ids';

import type { FleetDb } from './db';
import { guardStorage, throwIfCancelled } from './guard';
import { restoreEach } from './restore-each';

const BATCHES_PER_WRITE = 20;

/** What the importer knows about the file; counts, dates and ids are the store's job. */
export interface NewImport {
  engagementId: EngagementId;
  dataset: Dataset;
  fileName: string;
  sha256: string;
  size: number;
  format: string;
  /** @default null */
  mappingId?: string | null;
  /** @default 0 */
  rowsRejected?: number;
  /** For lines read from a bill's plan columns: the bill's import. @default null */
  billId?: ImportId | null;
}

export interface AddImportOptions {
  /** Called after each stored batch. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between batches; cancelling abandons the whole import. */
  signal?: AbortSignal;
}

export async function addImport(
  db: FleetDb,
  fields: NewImport,
  rows: readonly unknown[],
  options: AddImportOptions = {},
): Promise<ImportRecord> {
  const chunks = chunkRows(rows);
  const id = newId<'ImportId'>();

  const write = db.transaction('rw', [db.engagements, db.imports, db.batches], async () => {
    const engagement = await db.engagements.get(fields.engagementId);
    if (!engagement) throw new AppError('engagement-not-found', fields.engagementId);

    const record = restoreImportRecord({
      mappingId: null,
      rowsRejected: 0,
      ...fields,
      id,
      rowsAccepted: rows.length,
      batchCount: chunks.length,
      coversUntil: fields.dataset === 'invoices' ? latestInvoiceMonth(rows as InvoiceRow[]) : null,
      importedAt: await nextImportTime(db, fields.engagementId, fields.dataset),
    });
    await db.imports.add(record);

    // Batches go in groups: one request per batch waits on the store 200 times for a large
    // bill, while a group still leaves room for progress and for a cancel between groups.
    const { engagementId, dataset } = record;
    for (let start = 0; start < chunks.length; start += BATCHES_PER_WRITE) {
      throwIfCancelled(options.signal);

      const group = chunks.slice(start, start + BATCHES_PER_WRITE).map((chunk, offset) => ({
        id: newId<'BatchId'>(),
        engagementId,
        importId: id,
        dataset,
        seq: start + offset,
        rows: packRows(chunk),
      }));
      await db.batches.bulkAdd(group);
      options.onProgress?.(start + group.length, chunks.length);
    }
    // A cancel that came with the last write still abandons the whole import.
    throwIfCancelled(options.signal);

    return record;
  });

  return guardStorage(write);
}

/**
 * Now, or just after the dataset's latest import: views merge imports in this order, so two
 * imports made within the same millisecond, or after the clock went back, must still differ.
 */
async function nextImportTime(
  db: FleetDb,
  engagementId: EngagementId,
  dataset: Dataset,
): Promise<string> {
  const now = Date.now();
  const earlier = await db.imports.where({ engagementId, dataset }).toArray();
  const latest = Math.max(0, ...earlier.map((record) => Date.parse(record.importedAt) || 0));

  return new Date(Math.max(now, latest + 1)).toISOString();
}

/** Removes the import and its batches; an unknown id removes nothing. */
export async function removeImport(db: FleetDb, id: ImportId): Promise<void> {
  const remove = db.transaction('rw', [db.imports, db.batches], async () => {
    // The lines read from a bill go with it.
    const record = await db.imports.get(id);
    const engagementImports = record
      ? await db.imports.where('engagementId').equals(record.engagementId).toArray()
      : [];
    const ids = [id, ...engagementImports.filter((r) => r.billId === id).map((r) => r.id)];

    await db.batches.where('importId').anyOf(ids).delete();
    await db.imports.bulkDelete(ids);
  });

  await guardStorage(remove);
}

/** The engagement's imports, oldest first: the order in which views merge them. */
export async function listImports(
  db: FleetDb,
  engagementId: EngagementId,
  dataset?: Dataset,
): Promise<ImportRecord[]> {
  const query = dataset
    ? db.imports.where({ engagementId, dataset })
    : db.imports.where('engagementId').equals(engagementId);
  const raws: unknown[] = await query.toArray();

  return restoreEach(raws, restoreImportRecord, 'imports').sort(compareImportOrder);
}

// Views merge imports in this order, a later row replacing an earlier one: lines read from a
// bill come first, so that a line inventory, which knows more of each line, has the last word.
function compareImportOrder(a: ImportRecord, b: ImportRecord): number {
  const [aRead, bRead] = [a.billId !== null, b.billId !== null];
  if (aRead !== bRead) return aRead ? -1 : 1;
  if (a.importedAt !== b.importedAt) return a.importedAt < b.importedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
