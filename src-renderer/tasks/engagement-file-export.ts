// The 'engagement-file-export' task: reads one engagement and writes it as a `.fleetaudit`
// file, sealed when a passphrase is given. The bytes go back to the UI, which saves them.
import { FILE_EXTENSION } from '@core/engagement-file/format';
import { writeEngagementFile } from '@core/engagement-file/write';
import type { EngagementContent } from '@core/engagement-file/content';
import type { EngagementId } from '@core/model/ids';
import { createPseudonymiser } from '@core/privacy/pseudonym';
import { pseudonymiseContent } from '@core/privacy/pseudonymise-content';
import { recordingPseudonymiser } from '@core/privacy/reverse-table';

import type { FleetDb } from '../store/db';
import { readEngagementContent } from '../store/engagement-file';
import { throwIfCancelled } from '../store/guard';
import type { TaskProgress } from './contract';
import { pseudonymKey } from './engagement-file-pseudonym-key';
import { recordReverseTable } from './engagement-file-reverse-table';

export interface ExportFileInput {
  engagementId: EngagementId;
  /** Seals the file when given (AES-256-GCM, key from PBKDF2). */
  passphrase?: string;
  /** The app's version, written in the manifest. */
  appVersion: string;
  /** Writes pseudonyms instead of personal values, under this engagement name. */
  pseudonymise?: { name: string };
}

export interface ExportFileOutput {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  encrypted: boolean;
}

/** A file name safe on every system, from the engagement's name and the day. */
export function exportFileName(name: string, day: string): string {
  const safe = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${safe || 'mission'}-${day}.${FILE_EXTENSION}`;
}

export async function exportEngagementFile(
  db: FleetDb,
  input: ExportFileInput,
  onProgress?: (progress: TaskProgress) => void,
  signal?: AbortSignal,
): Promise<ExportFileOutput> {
  const total = input.passphrase ? 3 : 2;
  onProgress?.({ done: 0, total, label: 'export:read' });
  const stored = await readEngagementContent(db, input.engagementId);
  const content = input.pseudonymise
    ? await pseudonymised(db, stored, input.pseudonymise.name)
    : stored;
  throwIfCancelled(signal);

  onProgress?.({ done: 1, total, label: input.passphrase ? 'export:encrypt' : 'export:pack' });
  const createdAt = new Date().toISOString();
  const bytes = await writeEngagementFile(
    content,
    { appVersion: input.appVersion, createdAt },
    input.passphrase,
  );
  throwIfCancelled(signal);

  onProgress?.({ done: total, total, label: 'export:done' });
  return {
    bytes,
    fileName: exportFileName(content.engagement.name, createdAt.slice(0, 10)),
    encrypted: Boolean(input.passphrase),
  };
}

async function pseudonymised(
  db: FleetDb,
  content: EngagementContent,
  name: string,
): Promise<EngagementContent> {
  const id = content.engagement.id;
  const pairs = new Map<string, string>();
  const pseudo = recordingPseudonymiser(
    await createPseudonymiser(await pseudonymKey(db, id)),
    pairs,
  );
  const safe = await pseudonymiseContent(content, pseudo);

  // Kept in the engagement, not in the file: only this engagement's key can reverse it.
  await recordReverseTable(db, id, pairs);
  return { ...safe, engagement: { ...safe.engagement, name } };
}
