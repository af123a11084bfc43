// Owns the automatic local backups of an engagement: its whole content as a `.fleetaudit`
// archive, kept among the engagement's own records (kind `backup`) so that deleting the
// engagement purges them with it. Only the last few are kept, as many as the engagement says.
import { z } from 'zod';

import type { EngagementId } from '@core/model/ids';

import type { FleetDb } from './db';
import { guardStorage } from './guard';
import { getRecord, putRecord } from './owned';
import type { OwnedRecord } from './records';

export const BACKUP_KIND = 'backup';

/** How many backups an engagement keeps unless it says otherwise. */
export const BACKUPS_KEPT = 5;

export const BACKUPS_KEPT_MIN = 1;
export const BACKUPS_KEPT_MAX = 30;

// Not `backup`: every record of that kind is an archive, and restoring one keeps them all.
const SETTINGS_KIND = 'backup-settings';
const SETTINGS_ID = 'retention';

const retentionSchema = z.object({
  kept: z.number().int().min(BACKUPS_KEPT_MIN).max(BACKUPS_KEPT_MAX),
});

/** A stored retention read back; missing or out of range counts as the default. */
export function restoreRetention(raw: unknown): number {
  const parsed = retentionSchema.safeParse(raw);
  return parsed.success ? parsed.data.kept : BACKUPS_KEPT;
}

/** How many backups this engagement keeps. */
export async function backupsKept(db: FleetDb, engagementId: EngagementId): Promise<number> {
  const kept = await getRecord(engagementId, SETTINGS_KIND, SETTINGS_ID, restoreRetention, db);
  return kept ?? BACKUPS_KEPT;
}

/** Sets how many backups to keep (1 to 30); older ones go when the next backup is taken. */
export async function setBackupsKept(
  db: FleetDb,
  engagementId: EngagementId,
  kept: number,
): Promise<void> {
  const data = retentionSchema.parse({ kept });
  await putRecord(engagementId, SETTINGS_KIND, SETTINGS_ID, data, db);
}

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
 * Stores a backup and drops the oldest beyond the engagement's retention, in one transaction.
 * With `onlyIfDue`, a backup another caller saved meanwhile wins and null is returned.
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

  const save = db.transaction('rw', [db.engagements, db.records], async () => {
    // Deleted while its backup was being built: a backup would be an orphan nobody can see.
    if (!(await db.engagements.get(engagementId))) return false;
    if (onlyIfDue && !isBackupDue(await listBackups(db, engagementId), now)) return false;

    await db.records.put(record);
    const kept = await backupsKept(db, engagementId);
    const surplus = (await backupRecords(db, engagementId)).slice(kept);
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
