// Owns copying an engagement: its record, imports, batches, notes, records and attachments,
// in one transaction. Derived views are not copied; the copy's views are derived afresh.
import { AppError } from '@core/errors/app-error';
import type { RowBatch } from '@core/model/batch';
import { restoreEngagement } from '@core/model/engagement';
import { restoreImportRecord } from '@core/model/import-record';
import type { ImportRecord } from '@core/model/import-record';
import { newId } from '@core/model/ids';
import type { EngagementId, ImportId } from '@core/model/ids';

import { getDb } from './db';
import type { FleetDb } from './db';
import { requireName } from './engagement-name';
import { guardStorage } from './guard';
import type { NoteRecord } from './records';
import { restoreEach } from './restore-each';

// Batches weigh up to a few hundred kB each: copy a few at a time so memory stays flat.
const BATCHES_PER_STEP = 20;

export async function duplicateEngagement(
  id: EngagementId,
  newName: string,
  db: FleetDb = getDb(),
): Promise<EngagementId> {
  const name = requireName(newName);
  const copyId = newId<'EngagementId'>();
  const tables = [db.engagements, db.imports, db.batches, db.notes, db.records, db.attachments];

  const copy = db.transaction('rw', tables, async () => {
    const raw: unknown = await db.engagements.get(id);
    if (raw === undefined) throw new AppError('engagement-not-found', id);
    const source = restoreEngagement(raw);

    const now = new Date().toISOString();
    await db.engagements.add({ ...source, id: copyId, name, createdAt: now, updatedAt: now });

    const importIds = await copyImports(db, id, copyId);
    await copyBatches(db, id, copyId, importIds);
    await copyNotes(db, id, copyId);
    await copyOwned(db, id, copyId);
  });

  await guardStorage(copy);
  return copyId;
}

/** Copies the import records and returns the new id of each old one. */
async function copyImports(
  db: FleetDb,
  from: EngagementId,
  to: EngagementId,
): Promise<Map<string, ImportId>> {
  const raws: unknown[] = await db.imports.where('engagementId').equals(from).toArray();
  const sources = restoreEach(raws, restoreImportRecord, 'imports');
  const newIds = new Map<string, ImportId>();

  for (const record of sources) newIds.set(record.id, newId<'ImportId'>());
  // Lines read from a bill name its import: the copy names the bill's copy.
  const copies = sources.map((record): ImportRecord => {
    const billId = record.billId === null ? null : (newIds.get(record.billId) ?? null);
    return { ...record, id: newIds.get(record.id) as ImportId, engagementId: to, billId };
  });

  await db.imports.bulkAdd(copies);
  return newIds;
}

async function copyBatches(
  db: FleetDb,
  from: EngagementId,
  to: EngagementId,
  importIds: ReadonlyMap<string, ImportId>,
): Promise<void> {
  const keys = await db.batches.where('engagementId').equals(from).primaryKeys();

  for (let start = 0; start < keys.length; start += BATCHES_PER_STEP) {
    const sources = await db.batches.bulkGet(keys.slice(start, start + BATCHES_PER_STEP));
    const copies: RowBatch<unknown>[] = [];

    for (const batch of sources) {
      const importId = batch && importIds.get(batch.importId);
      // A batch whose import record is gone is an orphan: the copy starts without it.
      if (!batch || !importId) continue;
      copies.push({ ...batch, id: newId<'BatchId'>(), engagementId: to, importId });
    }

    await db.batches.bulkAdd(copies);
  }
}

async function copyNotes(db: FleetDb, from: EngagementId, to: EngagementId): Promise<void> {
  const notes = await db.notes.where('engagementId').equals(from).toArray();
  const copies = notes.map((note): NoteRecord => ({ ...note, id: newId(), engagementId: to }));
  await db.notes.bulkAdd(copies);
}

/** Records and attachments are keyed by engagement, so they keep their ids and the
 * references between them (an answer's evidence, a grid's proof files) stay true. */
async function copyOwned(db: FleetDb, from: EngagementId, to: EngagementId): Promise<void> {
  // Backups are snapshots of the source, not part of it: the copy starts its own.
  const records = await db.records.where('engagementId').equals(from).toArray();
  const kept = records.filter((record) => record.kind !== 'backup');
  await db.records.bulkAdd(kept.map((record) => ({ ...record, engagementId: to })));

  const attachments = await db.attachments.where('engagementId').equals(from).toArray();
  await db.attachments.bulkAdd(attachments.map((file) => ({ ...file, engagementId: to })));
}
