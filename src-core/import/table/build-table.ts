import { cleanCell, cleanHeaderName } from './clean-cell';
import type { RawCell, Table, TableFormat } from '../types';

/** Records as a reader produced them, before the header is found. */
export interface RecordSet {
  format: TableFormat;
  delimiter: string | null;
  records: string[][];
  /** The row number the user sees for each record. */
  rowNumbers: number[];
  raw?: RawCell[][];
  sheetName?: string;
  /** False when no record can hold a backslash, which spares searching each cell for `\|`. */
  escapes?: boolean;
}

const HEADER_SEARCH_RECORDS = 50;
// The header and a second header row are looked for among these first filled records.
const WIDTH_SAMPLE_RECORDS = 200;
const DATA_LIKE = /^[\s\d.,:/\\$€£%()+-]*\d[\s\d.,:/\\$€£%()+-]*$/;

/** Finds the header row past any title lines, merges a second header row and squares the rows. */
export function buildTable(set: RecordSet): Table | null {
  const escapes = set.escapes ?? true;
  // Only the first filled records are cleaned up front, to find the header: every later one is
  // cleaned as it is kept, in one pass over 200,000 rows instead of two.
  const { kept, next } = firstFilledRecords(set.records, WIDTH_SAMPLE_RECORDS, escapes);
  if (kept.length === 0) return null;

  const width = modalWidth(kept.map((i) => set.records[i]));
  const headerAt = findHeader(set.records, kept, width);
  const headerRows = [set.records[kept[headerAt]]];

  let firstData = headerAt + 1;
  if (isSecondHeader(set.records, kept, firstData, headerRows[0])) {
    headerRows.push(set.records[kept[firstData]]);
    firstData++;
  }

  const table = assemble(set, headerRows, { kept: kept.slice(firstData), next }, escapes);
  return { ...table, headerRow: set.rowNumbers[kept[headerAt]] };
}

/** Record indexes already cleaned and kept, and where the records not yet read start. */
interface ReadSoFar {
  kept: number[];
  next: number;
}

function firstFilledRecords(records: string[][], limit: number, escapes: boolean): ReadSoFar {
  const kept: number[] = [];
  let next = 0;

  while (next < records.length && kept.length < limit) {
    if (cleanRecord(records[next], escapes)) kept.push(next);
    next++;
  }
  return { kept, next };
}

// Cleans the cells in place and tells whether any is left filled.
function cleanRecord(record: string[], escapes: boolean): boolean {
  let filled = false;
  for (let c = 0; c < record.length; c++) {
    const cell = cleanCell(record[c], escapes);
    // Most cells are clean already: leaving them in place spares a store per cell.
    if (cell !== record[c]) record[c] = cell;
    if (cell !== '') filled = true;
  }
  return filled;
}

function widthOf(record: string[]): number {
  let last = record.length;
  while (last > 0 && record[last - 1] === '') last--;
  return last;
}

function filledOf(record: string[]): number {
  let filled = 0;
  for (const cell of record) if (cell !== '') filled++;
  return filled;
}

// The width most records share, so that title lines and total lines do not set it.
function modalWidth(records: string[][]): number {
  const frequency = new Map<number, number>();
  for (const record of records) {
    const width = widthOf(record);
    frequency.set(width, (frequency.get(width) ?? 0) + 1);
  }

  let best = 0;
  let bestCount = 0;
  for (const [width, count] of frequency) {
    if (count > bestCount || (count === bestCount && width > best)) {
      best = width;
      bestCount = count;
    }
  }
  return best;
}

// Title lines ("Cost Centre Detail", "Months selected: …") fill one or two cells; the header
// fills about as many cells as the data and holds labels rather than numbers.
function findHeader(records: string[][], kept: number[], width: number): number {
  const limit = Math.min(kept.length, HEADER_SEARCH_RECORDS);

  for (let k = 0; k < limit; k++) {
    const record = records[kept[k]];
    const filled = filledOf(record);
    if (filled < Math.ceil(width * 0.5)) continue;

    const dataLike = record.filter((cell) => DATA_LIKE.test(cell)).length;
    if (dataLike <= filled * 0.25) return k;
  }

  return 0;
}

// Bell repeats its header in French under the English one. A second row counts as a header when
// it is as full as the first, holds no number or date, and sits above numbers in some column.
function isSecondHeader(
  records: string[][],
  kept: number[],
  at: number,
  header: string[],
): boolean {
  if (at + 1 >= kept.length) return false;

  const candidate = records[kept[at]];
  if (filledOf(candidate) < filledOf(header) * 0.8) return false;
  if (candidate.some((cell) => DATA_LIKE.test(cell))) return false;
  if (sameCells(candidate, header)) return false;

  const below = kept.slice(at + 1, at + 6).map((i) => records[i]);
  return candidate.some((cell, column) => {
    if (cell === '') return false;
    const numeric = below.filter((row) => DATA_LIKE.test(row[column] ?? '')).length;
    return numeric >= Math.min(3, below.length);
  });
}

function sameCells(a: string[], b: string[]): boolean {
  const width = Math.max(widthOf(a), widthOf(b));
  for (let c = 0; c < width; c++) {
    const x = a[c] ?? '';
    const y = b[c] ?? '';
    if (x === y) continue;
    if (differentAsciiStart(x, y) || x.toLowerCase() !== y.toLowerCase()) return false;
  }
  return true;
}

// Every data row is compared with the header: most differ in their first ASCII letter, which
// decides it without lower-casing both cells (a non-ASCII letter can lower-case to two).
function differentAsciiStart(x: string, y: string): boolean {
  const a = x.charCodeAt(0);
  const b = y.charCodeAt(0);
  if (!(a < 0x80 && b < 0x80)) return false;
  return lowerAscii(a) !== lowerAscii(b);
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function assemble(
  set: RecordSet,
  headerRows: string[][],
  read: ReadSoFar,
  escapes: boolean,
): Table {
  const { records } = set;
  const headerRecord = headerRows[0];
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const raw: RawCell[][] | undefined = set.raw ? [] : undefined;
  const headerWidth = widthOf(headerRecord);
  let width = headerWidth;
  let ragged = false;

  const keep = (index: number): void => {
    const record = records[index];
    // A copy of the header is as wide as it: most rows are told apart by their width alone.
    const recordWidth = widthOf(record);
    if (recordWidth === headerWidth && sameCells(record, headerRecord)) return;

    width = Math.max(width, recordWidth);
    if (record.length !== headerWidth) ragged = true;
    rows.push(record);
    rowNumbers.push(set.rowNumbers[index]);
    raw?.push(set.raw?.[index] ?? []);
  };
  for (const index of read.kept) keep(index);
  for (let index = read.next; index < records.length; index++) {
    if (cleanRecord(records[index], escapes)) keep(index);
  }

  // Rows as wide as the header, the usual case, are square already.
  if (ragged || width !== headerWidth) for (const row of rows) padTo(row, width);

  return {
    format: set.format,
    delimiter: set.delimiter,
    header: uniqueNames(headerRecord, width),
    headerRows: headerRows.map((row) => padTo(row.map(cleanHeaderName), width).slice(0, width)),
    rows,
    rowNumbers,
    raw,
    sheetName: set.sheetName,
    skippedRows: records.length - rows.length - headerRows.length,
  };
}

function padTo(row: string[], width: number): string[] {
  if (row.length > width) row.length = width;
  while (row.length < width) row.push('');
  return row;
}

/** Names every column once: blanks become `Column N`, repeats get ` (2)`, ` (3)`… */
export function uniqueNames(cells: string[], width: number): string[] {
  const seen = new Map<string, number>();
  const names: string[] = [];

  for (let c = 0; c < width; c++) {
    const base = cleanHeaderName(cells[c] ?? '') || `Column ${c + 1}`;
    const key = base.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    names.push(count === 1 ? base : `${base} (${count})`);
  }

  return names;
}
