// What the protect screens do: export and import engagement files in the task worker, with a
// cancellable progress bar, saving and opening through the platform.
import type { TFunction } from 'i18next';

import { FILE_EXTENSION, FILE_MIME_TYPE } from '@core/engagement-file/format';
import { AppError } from '@core/errors/app-error';
import type { Engagement, Locale } from '@core/model/engagement';
import type { EngagementId } from '@core/model/ids';

import { reportError } from '../engagements/actions';
import type { PickedFile, Platform } from '../../platform/platform';
import { uiActions } from '../../state/ui-store';
import type { ImportMode } from '../../store/engagement-file';
import { runTask } from '../../tasks/run-task';
import type { TaskName, TaskInput, TaskOutput } from '../../tasks/contract';
import { formatSize } from './format-size';

/** Runs a task behind the progress bar; the bar's cancel button aborts it. */
async function withProgress<K extends TaskName>(
  label: string,
  task: K,
  input: TaskInput<K>,
): Promise<TaskOutput<K>> {
  const controller = new AbortController();
  const cancel = () => controller.abort();
  uiActions.setTask({ label, done: 0, total: 1, cancel });

  try {
    return await runTask(task, input, {
      signal: controller.signal,
      onProgress: ({ done, total }) => uiActions.setTask({ label, done, total, cancel }),
    });
  } finally {
    uiActions.setTask(null);
  }
}

function fileFilters(t: TFunction) {
  return [{ name: t('protect.fileType'), extensions: [FILE_EXTENSION] }];
}

export interface ExportChoice {
  /** Seals the file when given. */
  passphrase?: string;
  /** Writes pseudonyms instead of personal values. */
  pseudonymise: boolean;
}

/** Exports an engagement and saves the file where the user says; false when it failed. */
export async function exportEngagement(
  engagement: Engagement,
  { passphrase, pseudonymise }: ExportChoice,
  platform: Platform,
  t: TFunction,
): Promise<boolean> {
  try {
    const { version } = await platform.appInfo();
    const name = t('protect.export.pseudonymisedName', { name: engagement.name });
    const input = {
      engagementId: engagement.id,
      passphrase,
      appVersion: version,
      pseudonymise: pseudonymise ? { name } : undefined,
    };
    const out = await withProgress(t('protect.export.running'), 'engagement-file-export', input);

    const saved = await platform.saveFile(out.bytes, {
      title: t('protect.export.saveTitle'),
      suggestedName: out.fileName,
      filters: fileFilters(t),
      mimeType: FILE_MIME_TYPE,
    });
    if (!saved.saved) return false;

    const size = formatSize(out.bytes.byteLength, engagement.locale);
    const key = out.encrypted ? 'protect.export.doneEncrypted' : 'protect.export.done';
    uiActions.pushNotice({ kind: 'info', text: t(key, { file: saved.location, size }) });
    return true;
  } catch (error) {
    reportError(error, t);
    return false;
  }
}

/** Lets the user choose one `.fleetaudit` file; null when they cancel. */
export async function pickEngagementFile(
  platform: Platform,
  t: TFunction,
): Promise<PickedFile | null> {
  try {
    const [file] = await platform.openFiles({
      title: t('protect.import.openTitle'),
      filters: fileFilters(t),
      multiple: false,
    });
    return file ?? null;
  } catch (error) {
    reportError(error, t);
    return null;
  }
}

export type ImportOutcome =
  | { kind: 'imported'; engagementId: EngagementId }
  | { kind: 'wrong-passphrase' }
  | { kind: 'failed' };

/** Imports a picked file; a wrong passphrase is returned, so the dialog can ask again. */
export async function importEngagement(
  file: PickedFile,
  passphrase: string | undefined,
  mode: ImportMode,
  t: TFunction,
  locale: Locale,
): Promise<ImportOutcome> {
  try {
    const bytes = file.bytes as Uint8Array<ArrayBuffer>;
    const input = { bytes, file: file.name, passphrase, mode };
    const out = await withProgress(t('protect.import.running'), 'engagement-file-import', input);

    const { devices, lines } = out.counts;
    const counts = { devices: devices.toLocaleString(locale), lines: lines.toLocaleString(locale) };
    uiActions.pushNotice({ kind: 'info', text: t('protect.import.done', counts) });
    return { kind: 'imported', engagementId: out.engagementId };
  } catch (error) {
    if (error instanceof AppError && error.code === 'engagement-file-passphrase-wrong') {
      return { kind: 'wrong-passphrase' };
    }
    reportError(error, t);
    return { kind: 'failed' };
  }
}
