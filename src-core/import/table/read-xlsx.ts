import type { CellValue, Workbook, Worksheet } from 'exceljs';

import { buildTable } from './build-table';
import { fileError, throwIfAborted } from '../failure';
import type { LoopOptions, RawCell, Table } from '../types';

export interface ReadXlsxOptions extends LoopOptions {
  file?: string;
  /** A sheet name or 1-based position; by default the first sheet that holds a value. */
  sheet?: string | number;
}

/** Lists the sheets of a workbook, for a picker when the first one is not the data. */
export async function listSheets(bytes: Uint8Array, file = ''): Promise<string[]> {
  const workbook = await loadWorkbook(bytes, file);
  return workbook.worksheets.map((sheet) => sheet.name);
}

/**
 * Reads one sheet of an XLSX file: text as displayed (dates as ISO, numbers in full) for the
 * parsers, and the stored numbers, booleans and dates alongside in `raw`.
 */
export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<Table> {
  const file = options.file ?? '';
  const workbook = await loadWorkbook(bytes, file);
  const sheet = pickSheet(workbook, options.sheet);
  if (!sheet) throw fileError('import-empty', file, { sheet: String(options.sheet ?? '') });

  const records: string[][] = [];
  const raw: RawCell[][] = [];
  const rowNumbers: number[] = [];
  const total = sheet.rowCount;

  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber % 5000 === 0) {
      throwIfAborted(options.signal, file);
      options.onProgress?.({ phase: 'parse', done: rowNumber, total });
    }

    const values: RawCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = toRaw(cell.value);
    });
    for (let c = 0; c < values.length; c++) values[c] ??= null;

    raw.push(values);
    records.push(values.map(displayText));
    rowNumbers.push(rowNumber);
  });

  const table = buildTable({
    format: 'xlsx',
    delimiter: null,
    records,
    rowNumbers,
    raw,
    sheetName: sheet.name,
  });
  if (!table) throw fileError('import-empty', file, { sheet: sheet.name });
  return table;
}

async function loadWorkbook(bytes: Uint8Array, file: string): Promise<Workbook> {
  // exceljs weighs about a megabyte: load it only when a workbook arrives.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();

  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw fileError('import-xlsx-unreadable', file, { detail: String(error) });
  }
  return workbook;
}

function pickSheet(workbook: Workbook, choice: string | number | undefined): Worksheet | undefined {
  if (typeof choice === 'number') return workbook.worksheets[choice - 1];
  if (typeof choice === 'string') return workbook.worksheets.find((s) => s.name === choice);
  return workbook.worksheets.find((sheet) => sheet.actualRowCount > 0);
}

// Formulas keep their cached result, rich text its plain text, links their label.
function toRaw(value: CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return toRaw(value.result);
  if ('text' in value) return typeof value.text === 'string' ? value.text : toRaw(value.text);
  if ('error' in value) return null;
  return null;
}

/** The text a cell shows, in a form the field parsers read whatever the workbook's locale. */
export function displayText(value: RawCell): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Number.isNaN(value.getTime())) return '';

  // exceljs turns serials into UTC instants: the wall-clock date is in the UTC fields.
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
