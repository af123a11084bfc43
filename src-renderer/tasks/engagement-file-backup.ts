// The 'engagement-file-backup' task: takes a local backup of one engagement (when one is due,
// or now), or restores one. Restoring first backs up the present state, so it can be undone.
import { readEngagementFile } from '@core/engagement-file/read';
import { writeEngagementFile } from '@core/engagement-file/write';
import { AppError } from '@core/errors/app-error';
import type { EngagementId } from '@core/model/ids';

import { isBackupDue, listBackups, readBackup, saveBackup } from '../store/backups';
import type { BackupInfo } from '../store/backups';
import type { FleetDb } from '../store/db';
import { readEngagementContent, writeEngagementContent } from '../store/engagement-file';
import { deriveViews } from '../store/views';
import type { TaskProgress } from './contract';

export type BackupInput =
  | { action: 'take'; engagementId: EngagementId; appVersion: string; onlyIfDue: boolean }
  | { action: 'restore'; engagementId: EngagementId; appVersion: string; backupId: string };

export interface BackupOutput {
  /** The backup taken, or null when none was due. */
  taken: BackupInfo | null;
  restored: boolean;
}

async function takeBackup(
  db: FleetDb,
  id: EngagementId,
  appVersion: string,
  now: Date,
  onlyIfDue = false,
): Promise<BackupInfo | null> {
  const content = await readEngagementContent(db, id);
  const bytes = await writeEngagementFile(content, { appVersion, createdAt: now.toISOString() });
  return saveBackup(db, id, bytes, now, onlyIfDue);
}

export async function runBackupTask(
  db: FleetDb,
  input: BackupInput,
  onProgress?: (progress: TaskProgress) => void,
): Promise<BackupOutput> {
  const { engagementId, appVersion } = input;
  const now = new Date();

  if (input.action === 'take') {
    if (input.onlyIfDue && !isBackupDue(await listBackups(db, engagementId), now)) {
      return { taken: null, restored: false };
    }
    const taken = await takeBackup(db, engagementId, appVersion, now, input.onlyIfDue);
    return { taken, restored: false };
  }

  onProgress?.({ done: 0, total: 3, label: 'backup:read' });
  const bytes = await readBackup(db, engagementId, input.backupId);
  if (!bytes) throw new AppError('engagement-not-found', `backup ${input.backupId}`);
  const { content } = await readEngagementFile(bytes, { file: input.backupId });

  const taken = await takeBackup(db, engagementId, appVersion, now);
  onProgress?.({ done: 1, total: 3, label: 'backup:restore' });
  await writeEngagementContent(db, content, 'replace', engagementId);

  onProgress?.({ done: 2, total: 3, label: 'derive:views' });
  await deriveViews(db, engagementId);
  return { taken, restored: true };
}
