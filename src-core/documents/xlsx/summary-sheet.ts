// The summary sheet: who and when, then totals as live formulas over the dataset sheets, with
// their values cached so that viewers which do not recalculate still show them.
import { total } from '../fleet-stats';
import type { ReportData } from '../report-data';
import { neutraliseCell } from '../safe-cell';
import type { WorkbookTexts } from '../texts';
import { columnRange } from './sheet-spec';
import type { SheetSpec } from './sheet-spec';
import { numberFormat } from './write-sheet';
import type { WorkbookTarget, WriteContext } from './write-sheet';

export interface DatasetSpecs {
  devices: SheetSpec<ReportData['devices'][number]>;
  lines: SheetSpec<ReportData['lines'][number]>;
  invoices: SheetSpec<ReportData['invoices'][number]>;
}

interface Figure {
  label: string;
  formula: string | null;
  result: number;
  kind: 'integer' | 'money';
}

function columnOf<T>(spec: SheetSpec<T>, header: string): number {
  return spec.columns.findIndex((column) => column.header === header) + 1;
}

function figure<T>(
  label: string,
  spec: SheetSpec<T>,
  header: string,
  fn: 'SUM' | 'COUNTA',
  result: number,
  kind: Figure['kind'],
): Figure {
  const column = columnOf(spec, header);
  // An empty range (A2:A1) would mean the header itself: no rows, no formula.
  const formula =
    spec.rows.length > 0 && column > 0
      ? `${fn}(${columnRange(spec.name, column, spec.rows.length)})`
      : null;
  return { label, formula, result, kind };
}

function figures(data: ReportData, specs: DatasetSpecs, w: WorkbookTexts): Figure[] {
  const s = w.summary;
  return [
    figure(s.devices, specs.devices, w.devices.model, 'COUNTA', data.devices.length, 'integer'),
    figure(
      s.purchaseTotal,
      specs.devices,
      w.devices.purchasePrice,
      'SUM',
      total(data.devices, (d) => d.purchasePrice),
      'money',
    ),
    figure(s.lines, specs.lines, w.lines.number, 'COUNTA', data.lines.length, 'integer'),
    figure(
      s.planPriceTotal,
      specs.lines,
      w.lines.planPrice,
      'SUM',
      total(data.lines, (l) => l.planPrice),
      'money',
    ),
    figure(
      s.invoiceRows,
      specs.invoices,
      w.invoices.lineNumber,
      'COUNTA',
      data.invoices.length,
      'integer',
    ),
    figure(
      s.invoiceTotal,
      specs.invoices,
      w.invoices.totalExVat,
      'SUM',
      total(data.invoices, (r) => r.totalExVat),
      'money',
    ),
    figure(
      s.outOfPlanTotal,
      specs.invoices,
      w.invoices.outOfPlan,
      'SUM',
      total(data.invoices, (r) => r.outOfPlan),
      'money',
    ),
  ];
}

/** Adds the summary sheet; the dataset specs tell where each column will be. */
export function writeSummarySheet(
  target: WorkbookTarget,
  data: ReportData,
  specs: DatasetSpecs,
  w: WorkbookTexts,
  ctx: WriteContext,
): void {
  const sheet = target.addWorksheet(w.sheet.summary);
  sheet.columns = [{ width: 40 }, { width: 28 }];
  const { engagement } = data;

  const title = sheet.addRow([neutraliseCell(engagement.clientName || engagement.name)]);
  title.font = { bold: true, size: 16 };
  title.commit();
  sheet.addRow([w.summary.client, neutraliseCell(engagement.clientName)]).commit();
  sheet.addRow([w.summary.consultant, neutraliseCell(engagement.consultant)]).commit();
  const generated = sheet.addRow([w.summary.generatedAt, new Date(data.generatedAt)]);
  generated.getCell(2).numFmt = numberFormat('datetime', ctx.locale, ctx.currency) ?? '';
  generated.commit();
  sheet.addRow([]).commit();

  const header = sheet.addRow([w.summary.figure, w.summary.value]);
  header.font = { bold: true };
  header.commit();

  for (const f of figures(data, specs, w)) {
    const value = f.formula ? { formula: f.formula, result: f.result } : f.result;
    const row = sheet.addRow([f.label, value]);
    row.getCell(2).numFmt = numberFormat(f.kind, ctx.locale, ctx.currency) ?? '';
    row.commit();
  }
}
