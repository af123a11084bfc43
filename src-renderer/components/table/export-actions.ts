// "Export what I see": the file is built in the task worker (a 100,000-row workbook takes
// seconds), then saved through the platform: a save dialog on the desktop, a download on the web.
import type { TFunction } from 'i18next';

import { TABLE_MIME, tableFileName } from '@core/documents/table-export';
import type { ShownTable, TableFormat } from '@core/documents/table-export';
import type { Locale } from '@core/model/engagement';

import { describeError } from '../../i18n/errors';
import type { Platform } from '../../platform/platform';
import { uiActions } from '../../state/ui-store';
import { runTask } from '../../tasks/run-task';

// Below this many rows the file is ready in a blink: a progress bar would only flash.
const PROGRESS_FROM_ROWS = 20_000;

export interface TableExport {
  format: TableFormat;
  table: ShownTable;
  /** File base name; the day and the extension are added. */
  name: string;
  language: Locale;
}

/** Builds and saves one export; failures and cancelling become notices. */
export async function exportShownTable(
  request: TableExport,
  platform: Platform,
  t: TFunction,
): Promise<void> {
  const { format, table, name, language } = request;
  const controller = new AbortController();
  const label = t('table.exporting', { count: table.rows.length });
  const cancel = () => controller.abort();
  const showProgress = table.rows.length >= PROGRESS_FROM_ROWS;
  if (showProgress) uiActions.setTask({ label, done: 0, total: 1, cancel });

  try {
    const bytes = await runTask(
      'export-table',
      { format, table, language, sheetName: name },
      {
        signal: controller.signal,
        onProgress: ({ done, total }) => {
          if (showProgress) uiActions.setTask({ label, done, total, cancel });
        },
      },
    );
    if (showProgress) uiActions.setTask(null);

    const fileName = tableFileName(name, new Date().toISOString(), format);
    const saved = await platform.saveFile(bytes, {
      title: t('table.saveTitle'),
      suggestedName: fileName,
      filters: [{ name: t(`table.fileType.${format}`), extensions: [format] }],
      mimeType: TABLE_MIME[format],
    });
    if (saved.saved) {
      const location = saved.location ?? fileName;
      uiActions.pushNotice({ kind: 'info', text: t('table.saved', { location }) });
    }
  } catch (error) {
    const { sentence, detail } = describeError(error, t);
    uiActions.pushNotice({ kind: 'error', text: sentence, detail });
  } finally {
    if (showProgress) uiActions.setTask(null);
  }
}
