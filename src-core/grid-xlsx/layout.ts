// Where things sit in an evaluator sheet; the writer and the reader share these positions.
//
// Row 1 shows the title. Row 2 is hidden and carries the ids the reader needs: a marker in
// A2, the grid id in B2, the evaluator id in C2 and each vendor id above its score column.
// Row 3 holds the headers; each criterion follows on its own row, its id in hidden column A.
// Every vendor takes two columns: the score (0-5) and the rationale typed next to it.

/** Marks a sheet as an evaluator sheet written by FleetAudit, with its layout version. */
export const SHEET_MARKER = 'fleetaudit-evaluator-sheet/1';

export const TITLE_ROW = 1;
export const IDS_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_CRITERION_ROW = 4;

export const ID_COLUMN = 1;
export const GROUP_COLUMN = 2;
export const CRITERION_COLUMN = 3;
export const WEIGHT_COLUMN = 4;
export const FIRST_VENDOR_COLUMN = 5;

/** Score column of the vendor at `index` in the grid; its rationale sits just right of it. */
export function scoreColumn(index: number): number {
  return FIRST_VENDOR_COLUMN + 2 * index;
}

/** Spreadsheet letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_SHEET_NAME = 31;

/**
 * A sheet name Excel accepts: no []:*?/\, at most 31 characters, no leading or trailing
 * apostrophe, and different from every name in `taken` (case-insensitive, as Excel compares).
 */
export function safeSheetName(wanted: string, taken: readonly string[]): string {
  const cleaned =
    wanted
      .replace(FORBIDDEN, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  const used = new Set(taken.map((name) => name.toLowerCase()));

  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = cleaned.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
