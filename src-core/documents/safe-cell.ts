// Spreadsheet formula injection: a text that starts like a formula is run by Excel or
// LibreOffice when the file is opened or re-saved as CSV. Such texts get a leading apostrophe.

const FORMULA_START = /^[=+\-@\t\r]/;

// A sign followed only by digits, spaces, dots, commas or brackets is a phone number or an
// amount, never a formula: `+33 6 12 34 56 78` stays as the client typed it.
const SIGNED_NUMBER = /^[+-][\d\s.,()]*$/;

/** True when a spreadsheet would read this text as the start of a formula. */
export function looksLikeFormula(text: string): boolean {
  if (!FORMULA_START.test(text)) return false;
  return !SIGNED_NUMBER.test(text);
}

/** The text as it must be written to a cell: with an apostrophe in front when risky. */
export function neutraliseCell(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
