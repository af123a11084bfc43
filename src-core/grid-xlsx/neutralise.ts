// Texts written into a workbook must never run as formulas when the file is opened.

/** Characters that make a spreadsheet read a typed text as a formula or a command. */
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** Prefixes a text that a spreadsheet would evaluate with an apostrophe, so it stays text. */
export function neutraliseText(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

/** Undoes `neutraliseText` when reading a file back, so a rationale round-trips unchanged. */
export function restoreText(text: string): string {
  return text.startsWith("'") && DANGEROUS_START.test(text.slice(1)) ? text.slice(1) : text;
}
