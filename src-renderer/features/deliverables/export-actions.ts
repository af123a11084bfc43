// Runs an export in the task worker with a cancellable progress bar, then saves the file
// through the platform (a save dialog on the desktop, a download on the web).
import type { TFunction } from 'i18next';

import type { ReportDefinition } from '@core/documents/report-definition';
import type { EngagementId } from '@core/model/ids';

import type { Platform } from '../../platform/platform';
import { uiActions } from '../../state/ui-store';
import { runTask } from '../../tasks/run-task';
import type { ExportDeliverableOutput } from '../../tasks/export-deliverable';
import { reportError } from '../engagements/actions';

export type DeliverableFormat = 'pdf' | 'xlsx';
export type BuiltDeliverable = ExportDeliverableOutput;

const FILTERS = {
  pdf: { key: 'deliverables.filterPdf', extensions: ['pdf'] },
  xlsx: { key: 'deliverables.filterXlsx', extensions: ['xlsx'] },
} as const;

/** Builds one deliverable in the worker; null when it failed or was cancelled (a notice says). */
export async function buildDeliverable(
  engagementId: EngagementId,
  format: DeliverableFormat,
  definition: ReportDefinition,
  t: TFunction,
): Promise<BuiltDeliverable | null> {
  const controller = new AbortController();
  const label = t(format === 'pdf' ? 'deliverables.exportingPdf' : 'deliverables.exportingXlsx');
  const cancel = () => controller.abort();
  uiActions.setTask({ label, done: 0, total: 1, cancel });

  try {
    return await runTask(
      'export-deliverable',
      { engagementId, format, definition },
      {
        signal: controller.signal,
        onProgress: ({ done, total }) => uiActions.setTask({ label, done, total, cancel }),
      },
    );
  } catch (error) {
    reportError(error, t);
    return null;
  } finally {
    uiActions.setTask(null);
  }
}

/** Saves built bytes as they are; errors become notices. */
export async function saveDeliverable(
  built: BuiltDeliverable,
  platform: Platform,
  t: TFunction,
): Promise<void> {
  const format: DeliverableFormat = built.mimeType === 'application/pdf' ? 'pdf' : 'xlsx';
  const filter = FILTERS[format];

  try {
    const saved = await platform.saveFile(built.bytes, {
      title: t('deliverables.saveTitle'),
      suggestedName: built.fileName,
      filters: [{ name: t(filter.key), extensions: [...filter.extensions] }],
      mimeType: built.mimeType,
    });
    if (saved.saved) {
      const location = saved.location ?? built.fileName;
      uiActions.pushNotice({ kind: 'info', text: t('deliverables.saved', { location }) });
    }
  } catch (error) {
    reportError(error, t);
  }
}

/** Exports and saves one deliverable; errors, cancel included, become notices. */
export async function exportDeliverable(
  engagementId: EngagementId,
  format: DeliverableFormat,
  definition: ReportDefinition,
  platform: Platform,
  t: TFunction,
): Promise<void> {
  const built = await buildDeliverable(engagementId, format, definition, t);
  if (built) await saveDeliverable(built, platform, t);
}
