// The 'engagement-file-import' task: reads an untrusted `.fleetaudit` file, writes its
// engagement in one transaction, then derives its views. Any refusal leaves the store as it was.
import { readEngagementFile } from '@core/engagement-file/read';
import type { EngagementId } from '@core/model/ids';

import type { FleetDb } from '../store/db';
import { writeEngagementContent } from '../store/engagement-file';
import type { ImportMode } from '../store/engagement-file';
import { throwIfCancelled } from '../store/guard';
import { deriveViews } from '../store/views';
import type { DatasetCounts } from '../store/views';
import type { TaskProgress } from './contract';

export interface ImportFileInput {
  bytes: Uint8Array<ArrayBuffer>;
  /** The file's name, for messages. */
  file: string;
  passphrase?: string;
  /** @default 'copy' */
  mode?: ImportMode;
}

export interface ImportFileOutput {
  engagementId: EngagementId;
  counts: DatasetCounts;
  /** The format version the file was migrated from, or null. */
  migratedFrom: number | null;
}

export async function importEngagementFile(
  db: FleetDb,
  input: ImportFileInput,
  onProgress?: (progress: TaskProgress) => void,
  signal?: AbortSignal,
): Promise<ImportFileOutput> {
  onProgress?.({ done: 0, total: 3, label: 'import:read' });
  const { content, migratedFrom } = await readEngagementFile(input.bytes, {
    file: input.file,
    passphrase: input.passphrase,
  });
  throwIfCancelled(signal);

  onProgress?.({ done: 1, total: 3, label: 'import:write' });
  const engagementId = await writeEngagementContent(db, content, input.mode ?? 'copy');

  // Once written, the engagement is whole: its views are derived without heeding a cancel,
  // so the consultant never finds an engagement whose screens stay empty.
  onProgress?.({ done: 2, total: 3, label: 'derive:views' });
  const { counts } = await deriveViews(db, engagementId);

  onProgress?.({ done: 3, total: 3, label: 'import:done' });
  return { engagementId, counts, migratedFrom };
}
