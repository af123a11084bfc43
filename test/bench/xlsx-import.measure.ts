// XLSX import against exceljs' streaming reader alone, on a 50,000-row, 20-column register.
import { Readable } from 'node:stream';

import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';

import { importFile } from '@core/import';

import { medianMs, peakRssMb, round, writeFigures } from './support/figures';
import { inventoryXlsxBytes } from './support/inventory-xlsx';

const ROWS = 50_000;

async function streamingReaderAlone(bytes: Uint8Array): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
  });
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      cells += (row.values as unknown[]).length;
    }
  }
  return cells;
}

test('xlsx import', async () => {
  const bytes = await inventoryXlsxBytes(ROWS);

  const baselineMs = await medianMs(2, () => streamingReaderAlone(bytes));
  const importMs = await medianMs(2, async () => {
    const result = await importFile({ name: 'parc.xlsx', bytes });
    const part = result.ok ? result.parts[0] : null;
    expect(part?.result?.dataset).toBe('devices');
    expect(part?.result?.rows.length).toBe(ROWS);
  });

  writeFigures('xlsx-import', {
    xlsxImportRatio: round(importMs / baselineMs, 2),
    xlsxImportMs: round(importMs),
    xlsxReaderMs: round(baselineMs),
    xlsxImportRowsPerSecond: round((ROWS / importMs) * 1000),
    xlsxImportPeakMb: peakRssMb(),
  });
});
