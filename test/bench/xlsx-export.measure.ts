// The Excel deliverable of the 50,000-device engagement (every device, line and invoice row,
// summary, KPIs, styles and formulas) against exceljs' streaming writer alone writing the same
// dataset rows as plain values.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';

import type { ReportData } from '@core/documents/report-data';

import { writeXlsx } from '../../src-cli/write-outputs';
import { medianMs, peakRssMb, round, writeFigures } from './support/figures';
import { largeReportData } from './support/large-report';

async function writerAlone(filename: string, data: ReportData): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useSharedStrings: false });
  const datasets: (readonly object[])[] = [data.devices, data.lines, data.invoices];
  for (const [index, rows] of datasets.entries()) {
    const sheet = writer.addWorksheet(`Sheet ${index + 1}`);
    sheet.addRow(Object.keys(rows[0] ?? {})).commit();
    for (const row of rows) sheet.addRow(Object.values(row)).commit();
    sheet.commit();
  }
  await writer.commit();
}

test('xlsx export', async () => {
  const data = largeReportData();
  const folder = mkdtempSync(join(tmpdir(), 'fleet-bench-'));
  try {
    const appFile = join(folder, 'app.xlsx');
    const baselineMs = await medianMs(2, () => writerAlone(join(folder, 'plain.xlsx'), data));
    const appMs = await medianMs(2, () => writeXlsx(appFile, data));
    expect(statSync(appFile).size).toBeGreaterThan(1_000_000);

    writeFigures('xlsx-export', {
      xlsxExportRatio: round(appMs / baselineMs, 2),
      xlsxExportMs: round(appMs),
      xlsxWriterMs: round(baselineMs),
      xlsxExportInvoiceRows: data.invoices.length,
      xlsxExportRowsPerSecond: round(
        ((data.devices.length + data.lines.length + data.invoices.length) / appMs) * 1000,
      ),
      xlsxExportPeakMb: peakRssMb(),
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
