// Owns the automatic local backups of an engagement: its whole content as a `.fleetaudit`
// archive, kept among the engagement's own records (kind `backup`) so that deleting the
// engagement purges them with it. Only the last few are kept.
import type { EngagementId } from '@core/model/ids';

import type { FleetDb } from './db';
import { guardStorage } from './guard';
import type { OwnedRecord } from './records';

export const BACKUP_KIND = 'backup';

/** How many backups each engagement keeps; the oldest goes when a new one is taken. */
export const BACKUPS_KEPT = 5;

/** One backup a day while the engagement is in use. */
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface BackupInfo {
  id: string;
  createdAt: string;
  /** Bytes of the archive. */
  size: number;
}

interface BackupData {
  createdAt: string;
  bytes: Uint8Array<ArrayBuffer>;
}

function backupData(record: OwnedRecord): BackupData | null {
  const data = record.data as Partial<BackupData> | null;
  const { createdAt, bytes } = data ?? {};
  if (typeof createdAt !== 'string' || !(bytes instanceof Uint8Array)) return null;
  return { createdAt, bytes };
}

async function backupRecords(db: FleetDb, engagementId: EngagementId) {
  const records = await db.records.where({ engagementId, kind: BACKUP_KIND }).toArray();
  return records
    .map((record) => ({ id: record.id, data: backupData(record) }))
    .filter((entry): entry is { id: string; data: BackupData } => entry.data !== null)
    .sort((a, b) => b.data.createdAt.localeCompare(a.data.createdAt));
}

/** The engagement's backups, newest first, without their bytes. */
export async function listBackups(db: FleetDb, engagementId: EngagementId): Promise<BackupInfo[]> {
  const entries = await backupRecords(db, engagementId);
  return entries.map(({ id, data }) => ({
    id,
    createdAt: data.createdAt,
    size: data.bytes.byteLength,
  }));
}

/** True when the newest backup is older than a day, or there is none. */
export function isBackupDue(backups: readonly BackupInfo[], now: Date): boolean {
  const newest = backups[0];
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= BACKUP_INTERVAL_MS;
}

/**
 * Stores a backup and drops the oldest beyond BACKUPS_KEPT, in one transaction. With
 * `onlyIfDue`, a backup another caller saved meanwhile wins and null is returned.
 */
export async function saveBackup(
  db: FleetDb,
  engagementId: EngagementId,
  bytes: Uint8Array<ArrayBuffer>,
  now: Date,
  onlyIfDue = false,
): Promise<BackupInfo | null> {
  const createdAt = now.toISOString();
  const id = `${createdAt}-${crypto.randomUUID().slice(0, 8)}`;
  const record: OwnedRecord = {
    engagementId,
    kind: BACKUP_KIND,
    id,
    data: { createdAt, bytes } satisfies BackupData,
    updatedAt: createdAt,
  };

  const save = db.transaction('rw', db.records, async () => {
    if (onlyIfDue && !isBackupDue(await listBackups(db, engagementId), now)) return false;

    await db.records.put(record);
    const surplus = (await backupRecords(db, engagementId)).slice(BACKUPS_KEPT);
    await db.records.bulkDelete(surplus.map((entry) => [engagementId, BACKUP_KIND, entry.id]));
    return true;
  });

  return (await guardStorage(save)) ? { id, createdAt, size: bytes.byteLength } : null;
}

/** The archive of one backup; undefined when it is gone. */
export async function readBackup(
  db: FleetDb,
  engagementId: EngagementId,
  id: string,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const record = await db.records.get([engagementId, BACKUP_KIND, id]);
  return record ? backupData(record)?.bytes : undefined;
}
