// The Excel deliverable: a summary with live totals, then one sheet per dataset, the
// reconciliation lists, the KPIs, the savings and the provenance of every import. The filling
// goes to our own streaming writer (app and command line); exceljs' workbooks fit the same
// target.
import { actionPlanOf, checklistOf } from '../records/action-plan';
import { wavesOf } from '../records/programme';
import { gridComparisonOf } from '../records/vendor-grid';
import type { ReportData } from '../report-data';
import { documentTexts, workbookTexts } from '../texts';
import { actionsSheet, answersSheet } from './checklist-sheets';
import { devicesSheet, invoicesSheet, linesSheet } from './dataset-sheets';
import { writeGridSheet } from './grid-sheet';
import { reconciliationSheet } from './reconciliation-sheet';
import { importsSheet, kpisSheet } from './report-sheets';
import { savingsSheet } from './savings-sheet';
import { StreamWorkbook } from './stream/stream-workbook';
import type { DeflateLevel, PartDeflater } from './stream/zip-part';
import type { SheetSpec } from './sheet-spec';
import { writeSummarySheet } from './summary-sheet';
import { wavesSheet } from './waves-sheet';
import { writeSheet } from './write-sheet';
import type { WorkbookTarget, WriteContext } from './write-sheet';

export interface WorkbookProgress {
  done: number;
  total: number;
  sheet: string;
}

export interface FillOptions {
  onProgress?: (progress: WorkbookProgress) => void;
  signal?: WriteContext['signal'];
}

/** Writes every sheet of the deliverable into a workbook (in-memory or streaming). */
export function fillWorkbook(
  target: WorkbookTarget,
  data: ReportData,
  options: FillOptions = {},
): void {
  const { engagement } = data;
  const w = workbookTexts(engagement.locale);
  const d = documentTexts(engagement.locale);
  const format = { locale: engagement.locale, currency: engagement.currency };
  const specs = {
    devices: devicesSheet(data.devices, w, d),
    lines: linesSheet(data.lines, w, d),
    invoices: invoicesSheet(data.invoices, w),
  };
  const kpis = kpisSheet(data.kpis, w, d, format);
  const savings = savingsSheet(data, w, d);
  const imports = importsSheet(data.imports, w, d);
  const locale = engagement.locale;
  // The consultant's sheets appear only when there is something to show in them.
  const answers = answersSheet(checklistOf(data.records), w, locale);
  const actions = actionsSheet(
    actionPlanOf(data.records, engagement.id),
    w,
    locale,
    d.actionPlan.statuses,
  );
  const waves = wavesSheet(wavesOf(data.records), w);
  const grid = gridComparisonOf(data.records);

  const all = [
    specs.devices,
    specs.lines,
    specs.invoices,
    kpis,
    savings,
    answers,
    actions,
    waves,
    imports,
  ];
  const counts = all.map((s) => s.rows);
  let totalRows = counts.reduce((n, rows) => n + rows.length, 0);
  let before = 0;
  const context = (sheet: string): WriteContext => ({
    ...format,
    brand: engagement.brandPrimary,
    signal: options.signal,
    onRows: (done) => options.onProgress?.({ done: before + done, total: totalRows, sheet }),
  });

  const write = <T>(spec: SheetSpec<T>): void => {
    writeSheet(target, spec, context(spec.name));
    before += spec.rows.length;
  };

  writeSummarySheet(target, data, specs, w, context(w.sheet.summary));
  write(specs.devices);
  write(specs.lines);
  write(specs.invoices);
  // Reconciling a large fleet takes memory for a moment: done once the invoice rows are
  // written, its lists join the count of rows to write then.
  const reconciliation = reconciliationSheet(data, w);
  totalRows += reconciliation.rows.length;
  write(reconciliation);
  write(kpis);
  write(savings);
  if (answers.rows.length > 0) write(answers);
  if (actions.rows.length > 0) write(actions);
  if (grid) writeGridSheet(target, grid, { w, d }, context(w.sheet.grid));
  if (waves.rows.length > 0) write(waves);
  write(imports);
}

export interface StreamOptions extends FillOptions {
  /** Deflate level: 1, the default, is the fastest; 6 makes files about a fifth smaller. */
  level?: DeflateLevel;
  /** A faster deflater where the platform has one (the command line passes Node's zlib). */
  deflater?: () => PartDeflater;
}

/** Streams the workbook's bytes to `onChunk`, in order, as each sheet is compressed. */
export function streamWorkbook(
  data: ReportData,
  onChunk: (chunk: Uint8Array, final: boolean) => void,
  options: StreamOptions = {},
): void {
  const workbook = new StreamWorkbook({
    onChunk,
    level: options.level,
    deflater: options.deflater,
    creator: 'FleetAudit',
    created: new Date(data.generatedAt),
  });

  fillWorkbook(workbook, data, options);
  workbook.commit();
}

/** The workbook's bytes: streamed, so only the compressed file is ever held whole. */
export function buildWorkbookBytes(
  data: ReportData,
  options: StreamOptions = {},
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    streamWorkbook(
      data,
      (chunk) => {
        chunks.push(chunk);
        size += chunk.length;
      },
      options,
    );
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return Promise.resolve(bytes);
}
