// The large engagement as report data, KPIs and savings included, as the export task gets it.
import { assembleReportData } from '@core/documents/report-data';
import type { ReportData } from '@core/documents/report-data';
import { restoreEngagement } from '@core/model/engagement';
import { restoreImportRecord } from '@core/model/import-record';
import type { Dataset } from '@core/model/import-record';

import { largeEngagement } from './large-engagement';

const GENERATED_AT = '2026-12-01T09:00:00.000Z';

/** Report data of the tiled 50,000-device engagement. */
export function largeReportData(): ReportData {
  const large = largeEngagement();
  const engagement = restoreEngagement({
    ...large.engagement,
    id: 'bench',
    createdAt: GENERATED_AT,
    updatedAt: GENERATED_AT,
  });
  const provenance = (dataset: Dataset, rows: number) =>
    restoreImportRecord({
      id: `bench-${dataset}`,
      engagementId: engagement.id,
      dataset,
      fileName: `${dataset}.csv`,
      sha256: '0'.repeat(64),
      size: rows * 100,
      format: 'csv',
      rowsAccepted: rows,
      importedAt: GENERATED_AT,
    });

  return assembleReportData({
    engagement,
    devices: large.devices,
    lines: large.lines,
    invoices: large.invoices,
    imports: [
      provenance('devices', large.devices.length),
      provenance('lines', large.lines.length),
      provenance('invoices', large.invoices.length),
    ],
    generatedAt: GENERATED_AT,
  });
}
