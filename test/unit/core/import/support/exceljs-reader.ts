// The XLSX reader FleetAudit used before its own: exceljs's whole in-memory Workbook. Kept only
// so that tests can check the new reader gives the same tables on workbooks exceljs can read.
import ExcelJS from 'exceljs';
import type { CellValue, Workbook, Worksheet } from 'exceljs';

import { buildTable } from '@core/import/table/build-table';
import { displayText } from '@core/import/table/read-xlsx';
import type { RawCell, Table } from '@core/import/types';

/** Reads a sheet the way readXlsx did with exceljs; null when it finds no table. */
export async function readWithExceljs(
  bytes: Uint8Array,
  choice?: string | number,
): Promise<Table | null> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = pickSheet(workbook, choice);
  if (!sheet) return null;

  const records: string[][] = [];
  const raw: RawCell[][] = [];
  const rowNumbers: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: RawCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = toRaw(cell.value);
    });
    for (let c = 0; c < values.length; c++) values[c] ??= null;

    raw.push(values);
    records.push(values.map(displayText));
    rowNumbers.push(rowNumber);
  });

  const set = { format: 'xlsx' as const, delimiter: null, records, rowNumbers, raw };
  const table = buildTable({ ...set, sheetName: sheet.name });
  return table && { ...table, sheetNames: workbook.worksheets.map((each) => each.name) };
}

/** The sheet names exceljs lists, in its order. */
export async function sheetNamesWithExceljs(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook.worksheets.map((sheet) => sheet.name);
}

function pickSheet(workbook: Workbook, choice: string | number | undefined): Worksheet | undefined {
  if (typeof choice === 'number') return workbook.worksheets[choice - 1];
  if (typeof choice === 'string') return workbook.worksheets.find((s) => s.name === choice);
  return workbook.worksheets.find((sheet) => sheet.actualRowCount > 0);
}

function toRaw(value: CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return toRaw(value.result);
  if ('text' in value) return typeof value.text === 'string' ? value.text : toRaw(value.text);
  return null;
}
