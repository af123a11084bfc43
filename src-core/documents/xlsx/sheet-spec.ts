// A sheet described as data: named columns of a kind, and the rows to write. The writer turns
// kinds into real cell types and number formats; the specs say nothing of exceljs.

export type CellKind = 'text' | 'integer' | 'decimal' | 'percent' | 'money' | 'date' | 'datetime';

export type CellInput = string | number | null;

export interface ColumnSpec<T> {
  header: string;
  kind: CellKind;
  /** Width in characters. */
  width: number;
  value: (row: T) => CellInput;
  /**
   * A live formula for the cell of this row (1-based sheet row, header is row 1); `value`
   * then gives the result cached in the file for viewers that do not recalculate.
   */
  formula?: (sheetRow: number) => string;
}

/** Cells of a column that get a fill when their text equals `equals`. */
export interface HighlightRule {
  column: number;
  equals: string;
  fill: string;
}

export interface SheetSpec<T> {
  name: string;
  columns: ColumnSpec<T>[];
  rows: readonly T[];
  highlights?: HighlightRule[];
}

/** Column letters of a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `'Sheet name'!A2:A10`: the data range of one column, for formulas. */
export function columnRange(sheet: string, column: number, rows: number): string {
  const letter = columnLetter(column);
  return `'${sheet.replace(/'/g, "''")}'!${letter}2:${letter}${rows + 1}`;
}
