const INJECTION_STARTS = new Set(['+', '-', '=', '@']);

/**
 * Trims a cell and undoes CSV-injection escaping: Ivanti and Snipe-IT write `'+33…` and `\|`
 * so that Excel does not run the value as a formula.
 */
export function cleanCell(value: string): string {
  let text = value;

  if (
    text.length > 0 &&
    (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)))
  ) {
    text = text.trim();
  }

  if (text.length > 1 && text[0] === "'" && INJECTION_STARTS.has(text[1])) text = text.slice(1);
  if (text.includes('\\|')) text = text.replaceAll('\\|', '|');

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
