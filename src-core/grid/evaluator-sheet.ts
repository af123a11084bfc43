// The plain data an evaluator's spreadsheet maps to, whatever builds or reads the file.
//
// The document layer writes one sheet per evaluator and reads it back into this shape: one
// entry per score cell, with the cell's address so that every problem can name it.

/** One score cell of the sheet, with the rationale and evidence typed next to it. */
export interface EvaluatorSheetCell {
  /** Row number as the spreadsheet shows it (1-based). */
  row: number;
  /** Column letters as the spreadsheet shows them ('D', 'AA'). */
  column: string;
  /** Ids the builder wrote into hidden cells; the reader copies them back as found. */
  vendorId: string;
  criterionId: string;
  /** The raw cell content: a number, text such as '3,5', or empty (null, undefined, ''). */
  value: unknown;
  rationale: string;
  evidence: string[];
}

export interface EvaluatorSheet {
  gridId: string;
  evaluatorId: string;
  /** Shown in messages, as in `'Alice'!D7`. */
  sheetName: string;
  cells: EvaluatorSheetCell[];
}

/** A score read from a cell: a number, blank, or text that is not a number. */
export type CellScore = { kind: 'number'; value: number } | { kind: 'blank' } | { kind: 'text' };

const DECIMAL = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * Reads a raw cell as a score. French evaluators type '3,5', so a decimal comma is accepted;
 * anything else that is not a plain decimal number is text.
 */
export function readCellScore(raw: unknown): CellScore {
  if (raw === null || raw === undefined) return { kind: 'blank' };

  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { kind: 'number', value: raw } : { kind: 'text' };
  }

  if (typeof raw !== 'string') return { kind: 'text' };

  const text = raw.trim();
  if (text === '') return { kind: 'blank' };
  if (!DECIMAL.test(text)) return { kind: 'text' };
  return { kind: 'number', value: Number(text.replace(',', '.')) };
}

/** The address of a cell as spreadsheets print it, quoting the sheet name: `'Alice B'!D7`. */
export function cellAddress(
  sheetName: string,
  cell: Pick<EvaluatorSheetCell, 'row' | 'column'>,
): string {
  return `'${sheetName.replaceAll("'", "''")}'!${cell.column}${cell.row}`;
}
