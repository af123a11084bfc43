// Writes a sheet spec into a workbook target (our streaming writer, or exceljs): typed cells,
// number formats, a frozen and filtered header row, widths, highlighted statuses. Every text
// cell goes through the formula neutraliser.
import type { Locale } from '@core/model/engagement';
import type { AbortSignalLike } from '@core/import/types';
import { AppError } from '@core/errors/app-error';

import { neutraliseCell } from '../safe-cell';
import { columnLetter } from './sheet-spec';
import type { CellInput, CellKind, ColumnSpec, SheetSpec } from './sheet-spec';
import type { ExcelCellValue, SheetTarget, WorkbookTarget } from './target';

export type { ExcelCellValue, WorkbookTarget } from './target';

export interface WriteContext {
  locale: Locale;
  currency: string;
  brand: string;
  /** Called every few hundred rows with the rows written so far in this sheet. */
  onRows?: (done: number) => void;
  signal?: AbortSignalLike;
}

const PROGRESS_EVERY = 500;
const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', CHF: 'CHF' };

/** The number format of a kind of cell, in the engagement's conventions. */
export function numberFormat(kind: CellKind, locale: Locale, currency: string): string | null {
  if (kind === 'integer') return '#,##0';
  if (kind === 'decimal') return '#,##0.00';
  if (kind === 'percent') return '0%';
  if (kind === 'money') return `#,##0.00 "${SYMBOLS[currency] ?? currency}"`;
  if (kind === 'date') return locale === 'fr' ? 'dd/mm/yyyy' : 'dd mmm yyyy';
  if (kind === 'datetime') return locale === 'fr' ? 'dd/mm/yyyy hh:mm' : 'dd mmm yyyy hh:mm';
  return null;
}

/** A cell's stored value: dates become Date, texts are neutralised, blanks stay empty. */
export function cellValue(kind: CellKind, input: CellInput): string | number | Date | null {
  if (input === null || input === '') return null;
  if (kind === 'date' || kind === 'datetime') return toDate(String(input));
  if (kind === 'text') return neutraliseCell(String(input));
  return typeof input === 'number' && Number.isFinite(input) ? input : null;
}

// Dates are written as UTC so that the day the file names is the day Excel shows.
function toDate(iso: string): Date | null {
  const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** A column's cell: a formula with its cached result, else the plain value. */
export function specCell<T>(column: ColumnSpec<T>, row: T, sheetRow: number): ExcelCellValue {
  const value = cellValue(column.kind, column.value(row));
  if (!column.formula) return value;
  // A formula's result is ours, never the consultant's text: it needs no neutralising.
  const raw = column.value(row);
  return { formula: column.formula(sheetRow), result: raw === null ? '' : raw };
}

/**
 * Adds one sheet and writes the spec's rows; commits rows as it goes (streaming-safe). The sheet
 * is handed back so that a caller may add rows below the data (totals).
 */
export function writeSheet<T>(
  target: WorkbookTarget,
  spec: SheetSpec<T>,
  ctx: WriteContext,
): SheetTarget {
  const width = spec.columns.length;
  const sheet = target.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  // One style object per column, shared by all its cells: exceljs recognises a style object it
  // has already registered, where a fresh copy per cell costs a lookup by its XML text.
  const styles = spec.columns.map((column) => {
    const numFmt = numberFormat(column.kind, ctx.locale, ctx.currency);
    return numFmt ? { numFmt } : {};
  });
  sheet.columns = spec.columns.map((column, index) => ({
    width: column.width,
    style: styles[index],
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } };
  addHighlights(sheet, spec);

  writeHeader(sheet, spec, ctx.brand);

  spec.rows.forEach((row, index) => {
    if (index % PROGRESS_EVERY === 0) {
      if (ctx.signal?.aborted) throw new AppError('task-cancelled', 'export cancelled');
      ctx.onRows?.(index);
    }

    const values = spec.columns.map((column) => specCell(column, row, index + 2));
    const added = sheet.addRow(values);
    for (let column = 0; column < width; column++) added.getCell(column + 1).style = styles[column];
    added.commit();
  });
  ctx.onRows?.(spec.rows.length);
  return sheet;
}

function writeHeader<T>(sheet: SheetTarget, spec: SheetSpec<T>, brand: string): void {
  const header = sheet.addRow(spec.columns.map((column) => neutraliseCell(column.header)));
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(brand) } };
  header.commit();
}

function addHighlights<T>(sheet: SheetTarget, spec: SheetSpec<T>): void {
  const last = spec.rows.length + 1;
  for (const [priority, rule] of (spec.highlights ?? []).entries()) {
    if (rule.column < 1 || spec.rows.length === 0) continue;
    const letter = columnLetter(rule.column);
    sheet.addConditionalFormatting({
      ref: `${letter}2:${letter}${last}`,
      rules: [
        {
          type: 'expression',
          priority: priority + 1,
          formulae: [`$${letter}2="${rule.equals.replace(/"/g, '""')}"`],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: rule.fill } } },
        },
      ],
    });
  }
}

/** `#1f4e79` → `FF1F4E79`. */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}
