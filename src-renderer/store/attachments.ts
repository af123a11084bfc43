// Owns the files a consultant attaches to an engagement (table `attachments`): evidence for
// checklist answers, proof-of-concept notes, logos. Bytes stay in IndexedDB, on this machine.
import { AppError } from '@core/errors/app-error';
import { newId } from '@core/model/ids';
import type { EngagementId } from '@core/model/ids';

import { sha256Hex } from '../tasks/sha256';
import { getDb } from './db';
import type { FleetDb } from './db';
import { guardStorage } from './guard';
import type { AttachmentRecord } from './records';

/** What lists show: everything but the bytes, which are read only when opened. */
export type AttachmentInfo = Omit<AttachmentRecord, 'bytes'>;

export interface NewAttachment {
  name: string;
  mimeType: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Stores a file and returns its id; the SHA-256 lets a report prove which file it was. */
export async function addAttachment(
  engagementId: EngagementId,
  file: NewAttachment,
  db: FleetDb = getDb(),
): Promise<string> {
  const id = newId();
  const record: AttachmentRecord = {
    id,
    engagementId,
    name: file.name,
    mimeType: file.mimeType || 'application/octet-stream',
    size: file.bytes.byteLength,
    sha256: await sha256Hex(file.bytes),
    bytes: file.bytes,
    addedAt: new Date().toISOString(),
  };

  await guardStorage(db.attachments.add(record));
  return id;
}

export async function listAttachments(
  engagementId: EngagementId,
  db: FleetDb = getDb(),
): Promise<AttachmentInfo[]> {
  const records = await db.attachments.where('engagementId').equals(engagementId).toArray();
  return records.map(({ bytes: _bytes, ...info }) => info);
}

export async function readAttachment(
  engagementId: EngagementId,
  id: string,
  db: FleetDb = getDb(),
): Promise<AttachmentRecord> {
  const record = await db.attachments.get([engagementId, id]);
  if (!record) throw new AppError('file-unreadable', `attachment ${id}`, { file: id });
  return record;
}

export async function removeAttachment(
  engagementId: EngagementId,
  id: string,
  db: FleetDb = getDb(),
): Promise<void> {
  await guardStorage(db.attachments.delete([engagementId, id]));
}
