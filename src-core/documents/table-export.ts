// "Export what I see": a screen table (the rows left by its filter, in its order, and the columns
// shown) written as CSV or as a one-sheet workbook. Cells arrive as the texts the screen shows,
// so the file reads like the table; every text cell is neutralised against formula injection.
import Papa from 'papaparse';

import type { Locale } from '@core/model/engagement';

import { sanitiseFileName } from './file-name';
import { neutraliseCell } from './safe-cell';
import type { SheetSpec } from './xlsx/sheet-spec';
import { writeSheet } from './xlsx/write-sheet';
import type { WriteContext } from './xlsx/write-sheet';

export type TableFormat = 'csv' | 'xlsx';

/** A table as shown: its headers and, per row, one text per header. */
export interface ShownTable {
  headers: string[];
  rows: string[][];
}

export const TABLE_MIME: Record<TableFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const BOM = '\uFEFF';

/**
 * Excel splits a CSV on the list separator of the Windows region, which is `;` in France (where
 * `,` is the decimal mark) and `,` in English-speaking regions; the UI language stands for the
 * region. The BOM is written in both languages: without it Excel reads UTF-8 as ANSI and
 * mangles accented names.
 */
export function csvSeparator(language: Locale): ';' | ',' {
  return language === 'fr' ? ';' : ',';
}

/** The table as CSV text: BOM, header line, CRLF line ends, fields quoted only when needed. */
export function tableToCsv(table: ShownTable, language: Locale): string {
  const text = Papa.unparse(
    { fields: table.headers.map(neutraliseCell), data: table.rows.map(neutraliseRow) },
    { delimiter: csvSeparator(language), newline: '\r\n', header: true },
  );
  return BOM + text;
}

function neutraliseRow(row: string[]): string[] {
  return row.map(neutraliseCell);
}

export interface TableXlsxOptions {
  /** The sheet's tab name; cut and cleaned to what Excel accepts. */
  sheetName: string;
  onRows?: WriteContext['onRows'];
  signal?: WriteContext['signal'];
}

// Excel refuses these characters in a sheet name and more than 31 characters.
const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_MAX = 31;
// Widths in characters: the longest text among the header and the first rows, within bounds.
const WIDTH_SAMPLE = 500;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** The table as a one-sheet workbook: bold frozen header with an autofilter, sized columns. */
export async function tableToXlsx(
  table: ShownTable,
  options: TableXlsxOptions,
): Promise<Uint8Array> {
  // exceljs weighs about a megabyte: load it only when a workbook is wanted.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'FleetAudit';

  const name = options.sheetName.replace(SHEET_FORBIDDEN, ' ').trim().slice(0, SHEET_MAX);
  const spec: SheetSpec<string[]> = {
    name: name || 'Export',
    rows: table.rows,
    columns: table.headers.map((header, index) => ({
      header,
      kind: 'text',
      width: columnWidth(header, table.rows, index),
      value: (row) => row[index] ?? '',
    })),
  };
  // Texts only: the locale and currency would only choose number formats.
  const context = { locale: 'fr', currency: 'EUR', brand: '#1f4e79' } as const;
  writeSheet(workbook, spec, { ...context, onRows: options.onRows, signal: options.signal });

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function columnWidth(header: string, rows: string[][], index: number): number {
  let longest = header.length;
  for (const row of rows.slice(0, WIDTH_SAMPLE))
    longest = Math.max(longest, row[index]?.length ?? 0);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/** `<base name> <date>.<ext>`, sanitised for every file system. */
export function tableFileName(baseName: string, isoDate: string, format: TableFormat): string {
  return sanitiseFileName(`${baseName.trim()} ${isoDate.slice(0, 10)}.${format}`, 'export');
}
