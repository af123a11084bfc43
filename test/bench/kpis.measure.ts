// Every KPI and saving of the 50,000-device engagement, from rows in memory, against papaparse
// alone parsing that engagement's invoice CSV.
import Papa from 'papaparse';
import { expect, test } from 'vitest';

import { computeReportKpis } from '@core/documents/report-data';
import { KPI_SETTING_DEFAULTS } from '@core/kpi';
import { recommendSavings } from '@core/savings';

import { medianMs, peakRssMb, round, writeFigures } from './support/figures';
import { invoicesAsCsv, largeEngagement } from './support/large-engagement';

test('kpis and savings', async () => {
  const large = largeEngagement();
  const rows = { devices: large.devices, lines: large.lines, invoices: large.invoices };
  const referenceDate = large.engagement.referenceDate;
  const csv = invoicesAsCsv(large.invoices);

  const papaparseMs = await medianMs(3, () => Papa.parse(csv, { delimiter: ';' }));
  const kpiMs = await medianMs(3, () => {
    const kpis = computeReportKpis(rows, referenceDate);
    const savings = recommendSavings({ ...rows, settings: KPI_SETTING_DEFAULTS, referenceDate });
    expect(kpis.length).toBeGreaterThan(20);
    expect(savings.length).toBeGreaterThan(0);
  });

  writeFigures('kpis', {
    kpiRatio: round(kpiMs / papaparseMs, 2),
    kpiMs: round(kpiMs),
    kpiPapaparseMs: round(papaparseMs),
    kpiDevices: large.devices.length,
    kpiLines: large.lines.length,
    kpiInvoiceRows: large.invoices.length,
    kpiPeakMb: peakRssMb(),
  });
});
