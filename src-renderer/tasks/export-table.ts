// The 'export-table' task: writes the table a screen shows as CSV or XLSX in the worker, so a
// 100,000-row export does not freeze the page while the file is built.
import { tableToCsv, tableToXlsx } from '@core/documents/table-export';
import type { ShownTable, TableFormat } from '@core/documents/table-export';
import type { Locale } from '@core/model/engagement';

import type { TaskProgress } from './contract';

export interface ExportTableInput {
  format: TableFormat;
  table: ShownTable;
  /** The UI language: it chooses the CSV separator. */
  language: Locale;
  sheetName: string;
}

/** Builds the file's bytes; progress counts rows written (XLSX), then one step to finish. */
export async function exportTable(
  input: ExportTableInput,
  onProgress: (progress: TaskProgress) => void,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const total = input.table.rows.length + 1;
  const label = `export:${input.format}` as const;

  if (input.format === 'csv')
    return new TextEncoder().encode(tableToCsv(input.table, input.language));

  const bytes = await tableToXlsx(input.table, {
    sheetName: input.sheetName,
    signal,
    onRows: (done) => onProgress({ done, total, label }),
  });
  onProgress({ done: total, total, label });
  return bytes;
}
