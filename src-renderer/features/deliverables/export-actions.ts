// Runs an export in the task worker with a cancellable progress bar, then saves the file
// through the platform (a save dialog on the desktop, a download on the web).
import type { TFunction } from 'i18next';

import type { ReportDefinition } from '@core/documents/report-definition';
import type { EngagementId } from '@core/model/ids';

import type { Platform } from '../../platform/platform';
import { uiActions } from '../../state/ui-store';
import { runTask } from '../../tasks/run-task';
import { reportError } from '../engagements/actions';

export type DeliverableFormat = 'pdf' | 'xlsx';

const FILTERS = {
  pdf: { key: 'deliverables.filterPdf', extensions: ['pdf'] },
  xlsx: { key: 'deliverables.filterXlsx', extensions: ['xlsx'] },
} as const;

/** Exports and saves one deliverable; errors, cancel included, become notices. */
export async function exportDeliverable(
  engagementId: EngagementId,
  format: DeliverableFormat,
  definition: ReportDefinition,
  platform: Platform,
  t: TFunction,
): Promise<void> {
  const controller = new AbortController();
  const label = t(format === 'pdf' ? 'deliverables.exportingPdf' : 'deliverables.exportingXlsx');
  const cancel = () => controller.abort();
  uiActions.setTask({ label, done: 0, total: 1, cancel });

  try {
    const result = await runTask(
      'export-deliverable',
      { engagementId, format, definition },
      {
        signal: controller.signal,
        onProgress: ({ done, total }) => uiActions.setTask({ label, done, total, cancel }),
      },
    );
    uiActions.setTask(null);

    const filter = FILTERS[format];
    const saved = await platform.saveFile(result.bytes, {
      title: t('deliverables.saveTitle'),
      suggestedName: result.fileName,
      filters: [{ name: t(filter.key), extensions: [...filter.extensions] }],
      mimeType: result.mimeType,
    });
    if (saved.saved) {
      uiActions.pushNotice({
        kind: 'info',
        text: t('deliverables.saved', { location: saved.location ?? result.fileName }),
      });
    }
  } catch (error) {
    reportError(error, t);
  } finally {
    uiActions.setTask(null);
  }
}
