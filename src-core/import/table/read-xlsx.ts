import type { UnzipLimits } from '../container/zip';
import { buildTable } from './build-table';
import { fileError } from '../failure';
import type { LoopOptions, RawCell, Table } from '../types';
import { openWorkbook, xlsxError } from './xlsx/open-workbook';
import type { OpenWorkbook } from './xlsx/open-workbook';
import type { SheetRows } from './xlsx/sheet-scanner';
import type { SheetRef } from './xlsx/workbook-parts';

export { isOleFile } from './xlsx/open-workbook';

const DATE_MEMO = 50_000;

export interface ReadXlsxOptions extends LoopOptions {
  file?: string;
  /** A sheet name or 1-based position; by default the first sheet that holds a value. */
  sheet?: string | number;
  /** How far the parts read may expand; the archive limits by default. */
  limits?: UnzipLimits;
}

/** Lists the sheets of a workbook, for a picker when the first one is not the data. */
export function listSheets(bytes: Uint8Array, file = ''): Promise<string[]> {
  try {
    return Promise.resolve(openWorkbook(bytes, file).sheets.map((sheet) => sheet.name));
  } catch (error) {
    return Promise.reject(xlsxError(error, file));
  }
}

/**
 * Reads one sheet of an XLSX file: text as displayed (dates as ISO, numbers in full) for the
 * parsers, and the stored numbers, booleans and dates alongside in `raw`.
 */
export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<Table> {
  const file = options.file ?? '';
  let picked: Table | undefined;

  try {
    const workbook = openWorkbook(bytes, file, options.limits);
    const table = await pickSheet(workbook, options);
    picked = table && { ...table, sheetNames: workbook.sheets.map((sheet) => sheet.name) };
  } catch (error) {
    throw xlsxError(error, file, options.limits);
  }
  if (!picked) throw fileError('import-empty', file, { sheet: String(options.sheet ?? '') });
  return picked;
}

// Without a choice, sheets are read in tab order until one holds data rows under a header: a
// cover or notes sheet in front of the data is passed over.
async function pickSheet(
  workbook: OpenWorkbook,
  options: ReadXlsxOptions,
): Promise<Table | undefined> {
  const choice = options.sheet;
  const { sheets } = workbook;
  const chosen =
    typeof choice === 'number'
      ? sheets[choice - 1]
      : typeof choice === 'string'
        ? sheets.find((sheet) => sheet.name === choice)
        : undefined;
  if (chosen) return tableOf(chosen, await workbook.readSheet(chosen, options));
  if (choice !== undefined) return undefined;

  for (const sheet of sheets) {
    const table = tableOf(sheet, await workbook.readSheet(sheet, options));
    if (table && table.rows.length > 0) return table;
  }
  return undefined;
}

function tableOf(sheet: SheetRef, rows: SheetRows): Table | undefined {
  if (rows.values.length === 0) return undefined;

  const table = buildTable({
    format: 'xlsx',
    delimiter: null,
    records: displayRecords(rows.values),
    rowNumbers: rows.rowNumbers,
    raw: rows.values,
    sheetName: sheet.name,
  });
  return table ?? undefined;
}

// Inventories repeat the same few hundred dates, and toISOString costs far more than a look-up.
function displayRecords(values: RawCell[][]): string[][] {
  const dates = new Map<number, string>();

  return values.map((row) =>
    row.map((value) => {
      if (!(value instanceof Date)) return displayText(value);
      const time = value.getTime();
      let text = dates.get(time);
      if (text === undefined) {
        text = displayText(value);
        if (dates.size < DATE_MEMO) dates.set(time, text);
      }
      return text;
    }),
  );
}

/** The text a cell shows, in a form the field parsers read whatever the workbook's locale. */
export function displayText(value: RawCell): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Number.isNaN(value.getTime())) return '';

  // Serials are read as UTC instants: the wall-clock date is in the UTC fields.
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
