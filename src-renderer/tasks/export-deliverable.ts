// The 'export-deliverable' task: reads an engagement's views, imports, KPIs and records in the
// worker, builds the PDF report or the Excel workbook, and hands back the bytes to save.
import { renderChartSvg } from '@core/charts/document-svg';
import { AppError } from '@core/errors/app-error';
import { deliverableFileName } from '@core/documents/file-name';
import { buildReportDocument } from '@core/documents/pdf/build-document';
import { REPORT_RECORD_KINDS, assembleReportData } from '@core/documents/report-data';
import type { ReportData } from '@core/documents/report-data';
import type { ReportDefinition } from '@core/documents/report-definition';
import { documentTexts } from '@core/documents/texts';
import { buildWorkbookBytes } from '@core/documents/xlsx/build-workbook';
import type { EngagementId } from '@core/model/ids';
import { pseudonymiseReportData } from '@core/privacy/pseudonymise-report';

import type { FleetDb } from '../store/db';
import { getEngagement } from '../store/engagements';
import { throwIfCancelled } from '../store/guard';
import { listImports } from '../store/imports';
import { listRecords } from '../store/owned';
import { readView } from '../store/views';
import { fromWire } from '../kpi/report-wire';
import { keptKpiReport } from './compute-kpis';
import type { TaskProgress } from './contract';
import { pseudonymKey } from './engagement-file-pseudonym-key';
import { renderPdfInWorker } from './export-pdf-renderer';
import { recordReverseTable } from './engagement-file-reverse-table';

export interface ExportDeliverableInput {
  engagementId: EngagementId;
  format: 'pdf' | 'xlsx';
  /** The definition as the screen shows it, saved or not. */
  definition: ReportDefinition;
}

export interface ExportDeliverableOutput {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}

const MIME = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

// Progress is reported in per-mille over the whole export: reading, then building.
const READ_SHARE = 200;
const SCALE = 1000;

async function readReportData(db: FleetDb, engagementId: EngagementId): Promise<ReportData> {
  const engagement = await getEngagement(engagementId, db);
  if (!engagement) throw new AppError('engagement-not-found', engagementId);

  const [devices, lines, invoices, imports, report] = await Promise.all([
    readView(db, engagementId, 'devices'),
    readView(db, engagementId, 'lines'),
    readView(db, engagementId, 'invoices'),
    listImports(db, engagementId),
    // The report kept for the dashboard serves when its inputs are unchanged.
    keptKpiReport(db, engagementId).then(fromWire),
  ]);
  const records: Record<string, unknown[]> = {};
  for (const kind of REPORT_RECORD_KINDS) {
    records[kind] = await listRecords(engagementId, kind, (raw) => raw, db);
  }

  return assembleReportData({
    engagement,
    devices,
    lines,
    invoices,
    imports,
    records,
    kpis: report.kpis,
    savings: report.savings,
    overview: report.overview,
    settings: report.settings,
    referenceDate: report.referenceDate,
    generatedAt: new Date().toISOString(),
  });
}

/** Builds the deliverable of the given format for an engagement. */
export async function exportDeliverable(
  db: FleetDb,
  input: ExportDeliverableInput,
  onProgress: (progress: TaskProgress) => void,
  signal: AbortSignal,
): Promise<ExportDeliverableOutput> {
  const label = `export:${input.format}` as const;
  const report = (share: number) => onProgress({ done: Math.round(share), total: SCALE, label });

  report(0);
  const read = await readReportData(db, input.engagementId);
  // Pseudonyms printed in the deliverable can be looked up later on this engagement only.
  const pairs = new Map<string, string>();
  const data = input.definition.options.pseudonymise
    ? await pseudonymiseReportData(read, await pseudonymKey(db, input.engagementId), pairs)
    : read;
  throwIfCancelled(signal);
  if (pairs.size > 0) await recordReverseTable(db, input.engagementId, pairs);
  report(READ_SHARE);

  const building = (fraction: number) => report(READ_SHARE + fraction * (SCALE - READ_SHARE));
  const bytes =
    input.format === 'pdf'
      ? await renderPdfInWorker(
          buildReportDocument(data, input.definition, renderChartSvg),
          building,
        )
      : await buildWorkbookBytes(data, {
          signal,
          // Rows are compressed as they are written: the rows written are the work done.
          onProgress: ({ done, total }) => building(total > 0 ? done / total : 0),
        });
  throwIfCancelled(signal);
  report(SCALE);

  const { engagement, generatedAt } = data;
  const name = documentTexts(engagement.locale).files[
    input.format === 'pdf' ? 'report' : 'workbook'
  ];
  return {
    bytes,
    fileName: deliverableFileName(engagement.clientName, name, generatedAt, input.format),
    mimeType: MIME[input.format],
  };
}
