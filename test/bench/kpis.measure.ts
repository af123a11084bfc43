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
  const everything = () => {
    const kpis = computeReportKpis(rows, referenceDate);
    const savings = recommendSavings({ ...rows, settings: KPI_SETTING_DEFAULTS, referenceDate });
    expect(kpis.length).toBeGreaterThan(20);
    expect(savings.length).toBeGreaterThan(0);
  };
  // The first computation also fills the catalogue look-ups kept for the next ones (the app's
  // worker keeps them too): it is reported apart, the ratio is taken on the warm median.
  const coldStarted = performance.now();
  everything();
  const kpiColdMs = performance.now() - coldStarted;
  const kpiMs = await medianMs(3, everything);

  writeFigures('kpis', {
    kpiRatio: round(kpiMs / papaparseMs, 2),
    kpiMs: round(kpiMs),
    kpiColdMs: round(kpiColdMs),
    kpiColdRatio: round(kpiColdMs / papaparseMs, 2),
    kpiPapaparseMs: round(papaparseMs),
    kpiDevices: large.devices.length,
    kpiLines: large.lines.length,
    kpiInvoiceRows: large.invoices.length,
    kpiPeakMb: peakRssMb(),
  });
});
