// Writes the deliverables to disk: the PDF in one go, the workbook streamed chunk by chunk so
// that large fleets never sit whole in memory as a workbook.
import { closeSync, openSync, writeSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { constants, crc32, deflateRawSync } from 'node:zlib';

import { renderChartSvg } from '@core/charts/document-svg';
import { buildReportDocument } from '@core/documents/pdf/build-document';
import type { ReportData } from '@core/documents/report-data';
import type { ReportDefinition } from '@core/documents/report-definition';
import type { PartDeflater } from '@core/documents/xlsx/stream/zip-part';
import { streamWorkbook } from '@core/documents/xlsx/build-workbook';

import { CliError, EXIT } from './cli-error';
import { renderPdf } from './render-pdf';

// Level 3 gives files the size exceljs' writer gives (level 6 is a tenth smaller, twice slower).
const XLSX_LEVEL = 3;

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

// Node's native zlib deflates several times faster than fflate, the writer's own default. Each chunk is compressed
// on its own, ending on a sync flush (a byte boundary, no final bit), so the chunks join into
// one valid DEFLATE stream; only the last one finishes it.
function nativeDeflater(): PartDeflater {
  return {
    push: (chunk, final) =>
      deflateRawSync(chunk, {
        level: XLSX_LEVEL,
        finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
      }),
    crc32: (chunk, previous) => crc32(chunk, previous),
  };
}

/** Streams the workbook to disk; returns how long it took, in milliseconds. */
export function writeXlsx(path: string, data: ReportData): Promise<number> {
  const started = performance.now();
  let file: number;
  try {
    file = openSync(path, 'w');
  } catch (error) {
    return Promise.reject(unwritable(path, error));
  }

  // The writer hands its chunks over synchronously: writing each at once keeps memory flat.
  const write = (chunk: Uint8Array) => {
    try {
      for (let written = 0; written < chunk.length;) {
        written += writeSync(file, chunk, written);
      }
    } catch (error) {
      throw unwritable(path, error);
    }
  };

  try {
    streamWorkbook(data, write, { deflater: nativeDeflater });
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  } finally {
    closeSync(file);
  }
  return Promise.resolve(performance.now() - started);
}
