// Writes the deliverables to disk: the PDF in one go, the workbook with exceljs' streaming
// writer so that large fleets never sit whole in memory as a workbook.
import { writeFile } from 'node:fs/promises';

import ExcelJS from 'exceljs';

import { renderChartSvg } from '@core/charts/document-svg';
import { buildReportDocument } from '@core/documents/pdf/build-document';
import type { ReportData } from '@core/documents/report-data';
import type { ReportDefinition } from '@core/documents/report-definition';
import { fillWorkbook } from '@core/documents/xlsx/build-workbook';

import { CliError, EXIT } from './cli-error';
import { renderPdf } from './render-pdf';

function unwritable(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'its folder does not exist' : String(error);
  return new CliError(`${path}: cannot be written (${reason}).`, EXIT.output);
}

/** Builds and writes the PDF report; returns how long the build took, in milliseconds. */
export async function writePdf(
  path: string,
  data: ReportData,
  definition: ReportDefinition,
): Promise<number> {
  const started = performance.now();
  const bytes = await renderPdf(buildReportDocument(data, definition, renderChartSvg));
  const elapsed = performance.now() - started;
  try {
    await writeFile(path, bytes);
  } catch (error) {
    throw unwritable(path, error);
  }
  return elapsed;
}

/** Streams the workbook to disk; returns how long it took, in milliseconds. */
export async function writeXlsx(path: string, data: ReportData): Promise<number> {
  const started = performance.now();
  try {
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useStyles: true,
      useSharedStrings: false,
    });
    writer.creator = 'FleetAudit';
    fillWorkbook(writer, data);
    await writer.commit();
  } catch (error) {
    throw unwritable(path, error);
  }
  return performance.now() - started;
}
