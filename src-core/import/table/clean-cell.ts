const INJECTION_STARTS = new Set(['+', '-', '=', '@']);
const APOSTROPHE = 0x27;

/**
 * Trims a cell and undoes CSV-injection escaping: Ivanti and Snipe-IT write `'+33…` and `\|`
 * so that Excel does not run the value as a formula. `escapes` false says the file holds no
 * backslash, so that no cell is searched for `\|`.
 */
export function cleanCell(value: string, escapes = true): string {
  const length = value.length;
  if (length === 0) return value;
  let text = value;

  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(length - 1))) text = text.trim();
  if (text.charCodeAt(0) === APOSTROPHE && text.length > 1 && INJECTION_STARTS.has(text[1])) {
    text = text.slice(1);
  }
  if (escapes && text.includes('\\|')) text = text.replaceAll('\\|', '|');

  return text;
}

/**
 * Trims a header name, with a stray BOM that a double-encoded file leaves in the first one and
 * the run of commas TIM's `;` files carry after their last name (`TotalGeral,,,`).
 */
export function cleanHeaderName(value: string): string {
  return cleanCell(value.replace(/^\uFEFF+/, '').replace(/,+\s*$/, ''));
}

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x202f || code === 0xfeff;
}
