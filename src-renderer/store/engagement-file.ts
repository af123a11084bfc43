// Owns moving one engagement between the store and the content of a `.fleetaudit` file: every
// table it holds (record, imports, batches, notes, records, attachments), read in one
// transaction and written in one, so an import lands whole or not at all. Derived views are
// not carried: the caller derives them again after writing.
import type {
  EngagementContent,
  FileAttachment,
  FileBatch,
  FileNote,
  FileRecord,
} from '@core/engagement-file/content';
import { AppError } from '@core/errors/app-error';
import type { RowBatch } from '@core/model/batch';
import { unpackRows } from '@core/model/packed-rows';
import { restoreEngagement } from '@core/model/engagement';
import { restoreImportRecord } from '@core/model/import-record';
import type { ImportRecord } from '@core/model/import-record';
import { newId } from '@core/model/ids';
import type { EngagementId, ImportId } from '@core/model/ids';

import { BACKUP_KIND } from './backups';
import type { FleetDb } from './db';
import { guardStorage } from './guard';
import type { AttachmentRecord, NoteRecord, OwnedRecord } from './records';
import { restoreEach } from './restore-each';

/** `copy` gives everything new ids (importing twice gives two engagements); `replace` keeps
 * the file's ids and takes the place of the engagement that has them, if any. */
export type ImportMode = 'copy' | 'replace';

function stripOwner<T extends { engagementId?: unknown }>({
  engagementId: _owner,
  ...rest
}: T): Omit<T, 'engagementId'> {
  return rest;
}

/** Reads everything one engagement holds, in one read transaction. */
export async function readEngagementContent(
  db: FleetDb,
  id: EngagementId,
): Promise<EngagementContent> {
  const tables = [db.engagements, db.imports, db.batches, db.notes, db.records, db.attachments];

  const read = db.transaction('r', tables, async () => {
    const raw: unknown = await db.engagements.get(id);
    if (raw === undefined) throw new AppError('engagement-not-found', id);

    const imports: unknown[] = await db.imports.where('engagementId').equals(id).toArray();
    return {
      engagement: restoreEngagement(raw),
      imports: restoreEach(imports, restoreImportRecord, 'imports'),
      batches: await db.batches.where('engagementId').equals(id).toArray(),
      notes: await db.notes.where('engagementId').equals(id).toArray(),
      // Backups are copies of the engagement itself: a file never carries them.
      records: await db.records
        .where('engagementId')
        .equals(id)
        .filter((record) => record.kind !== BACKUP_KIND)
        .toArray(),
      attachments: await db.attachments.where('engagementId').equals(id).toArray(),
    };
  });
  const raw = await guardStorage(read);

  // A batch whose import record is gone is an orphan nobody can see: it is left behind.
  const importIds = new Set<string>(raw.imports.map((record) => record.id));
  const batches = raw.batches.filter((batch) => importIds.has(batch.importId));

  return {
    engagement: raw.engagement,
    imports: raw.imports,
    // The file keeps rows as a plain list, whatever way the store packs them.
    batches: batches.map((batch): FileBatch => ({
      ...stripOwner(batch),
      rows: unpackRows(batch.rows),
    })),
    notes: raw.notes.map(({ engagementId: _owner, id, subject, ...rest }): FileNote => {
      return { id, subject, ...rest };
    }),
    records: raw.records.map((record): FileRecord => stripOwner(record)),
    attachments: raw.attachments.map((file): FileAttachment => ({
      ...stripOwner(file),
      bytes: file.bytes as Uint8Array<ArrayBuffer>,
    })),
  };
}

interface Placed {
  imports: ImportRecord[];
  batches: RowBatch<unknown>[];
  notes: NoteRecord[];
  records: OwnedRecord[];
  attachments: AttachmentRecord[];
}

/** Gives the content its owner and, in copy mode, new ids for every globally keyed row. */
function place(content: EngagementContent, owner: EngagementId, mode: ImportMode): Placed {
  const fresh = mode === 'copy';
  const importIds = new Map<string, ImportId>(
    content.imports.map((r) => [r.id, fresh ? newId<'ImportId'>() : r.id]),
  );
  const importIdOf = (old: string): ImportId => importIds.get(old) ?? (old as ImportId);

  return {
    imports: content.imports.map((r) => ({
      ...r,
      id: importIdOf(r.id),
      billId: r.billId === null ? null : importIdOf(r.billId),
      engagementId: owner,
    })),
    batches: content.batches.map((b) => ({
      ...b,
      id: fresh ? newId<'BatchId'>() : (b.id as RowBatch<unknown>['id']),
      importId: importIdOf(b.importId),
      engagementId: owner,
    })),
    notes: content.notes.map((n) => ({ ...n, id: fresh ? newId() : n.id, engagementId: owner })),
    // Records and attachments are keyed by engagement: their ids, and the references between
    // them, stay as they were.
    records: content.records.map((r) => ({ ...r, engagementId: owner })),
    attachments: content.attachments.map((a) => ({ ...a, engagementId: owner })),
  };
}

/**
 * Writes a file's content as an engagement, in one transaction; returns its id. In replace
 * mode, `target` (a backup's own engagement) wins over the id the content carries.
 */
export async function writeEngagementContent(
  db: FleetDb,
  content: EngagementContent,
  mode: ImportMode,
  target?: EngagementId,
): Promise<EngagementId> {
  const owner = mode === 'copy' ? newId<'EngagementId'>() : (target ?? content.engagement.id);
  const placed = place(content, owner, mode);
  const now = new Date().toISOString();
  const engagement = { ...content.engagement, id: owner, updatedAt: now };

  const tables = [
    db.engagements,
    db.imports,
    db.batches,
    db.viewChunks,
    db.viewMeta,
    db.derived,
    db.notes,
    db.records,
    db.attachments,
  ];
  const write = db.transaction('rw', tables, async () => {
    if (mode === 'replace') await purgeOwned(db, owner);

    await db.engagements.put(engagement);
    await db.imports.bulkAdd(placed.imports);
    await db.batches.bulkAdd(placed.batches);
    await db.notes.bulkAdd(placed.notes);
    await db.records.bulkAdd(placed.records);
    await db.attachments.bulkAdd(placed.attachments);
  });

  await guardStorage(write);
  return owner;
}

/** Empties every table of an engagement's rows (the engagement record is overwritten); its
 * backups stay, so that restoring one never loses the others. */
async function purgeOwned(db: FleetDb, id: EngagementId): Promise<void> {
  const tables = [db.imports, db.batches, db.viewChunks, db.viewMeta, db.derived, db.notes];
  for (const table of tables) {
    await table.where('engagementId').equals(id).delete();
  }
  await db.attachments.where('engagementId').equals(id).delete();
  await db.records
    .where('engagementId')
    .equals(id)
    .filter((record) => record.kind !== BACKUP_KIND)
    .delete();
}
