// The demo engagement as report data, with one provenance record per generated dataset.
import { createHash } from 'node:crypto';

import { generateDemo } from '@core/demo/generate';
import { assembleReportData } from '@core/documents/report-data';
import type { ReportData } from '@core/documents/report-data';
import { restoreEngagement } from '@core/model/engagement';
import type { Locale } from '@core/model/engagement';
import { restoreImportRecord } from '@core/model/import-record';
import type { Dataset, ImportRecord } from '@core/model/import-record';

/** The demo's report data; `generatedAt` is fixed by default so that output is repeatable. */
export function demoReportData(
  locale: Locale = 'fr',
  generatedAt = '2026-12-01T09:00:00.000Z',
): ReportData {
  const demo = generateDemo();
  const engagement = restoreEngagement({
    ...demo.engagement,
    id: 'demo',
    name: 'Audit flotte mobile 2026',
    locale,
    isDemo: true,
    createdAt: generatedAt,
    updatedAt: generatedAt,
  });

  const provenance = (dataset: Dataset, rows: readonly unknown[]): ImportRecord => {
    const bytes = JSON.stringify(rows);
    return restoreImportRecord({
      id: `demo-${dataset}`,
      engagementId: engagement.id,
      dataset,
      fileName: `demo-${dataset}.json`,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: Buffer.byteLength(bytes),
      format: 'demo',
      rowsAccepted: rows.length,
      importedAt: generatedAt,
    });
  };

  return assembleReportData({
    engagement,
    devices: demo.devices,
    lines: demo.lines,
    invoices: demo.invoices,
    imports: [
      provenance('devices', demo.devices),
      provenance('lines', demo.lines),
      provenance('invoices', demo.invoices),
    ],
    generatedAt,
  });
}
