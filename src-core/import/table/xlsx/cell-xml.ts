import type { CellXml } from './cell-value';

/** Where a `<c>` element sits in its row's text, and the cell read from it. */
export interface CellAt extends CellXml {
  /** 0-based column, from the `r` reference or, without one, next to the previous cell. */
  column: number;
  /** Where the text after this cell starts. */
  next: number;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;

function isNameEnd(code: number): boolean {
  return code <= 0x20 || code === GT || code === SLASH;
}

// Column letters of a reference (`AB12`) straight from the text, without cutting a string.
function columnAt(row: string, from: number, to: number): number {
  let column = 0;
  for (let i = from; i < to; i++) {
    const code = row.charCodeAt(i) & ~0x20;
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column - 1;
}

// Reads `r`, `s` and `t` of the opening tag in one pass; a cell has nothing else we need.
function readAttributes(row: string, from: number, tagEnd: number, cell: CellAt): void {
  let i = from;

  while (i < tagEnd) {
    while (i < tagEnd && row.charCodeAt(i) <= 0x20) i++;
    const nameStart = i;
    while (i < tagEnd && row.charCodeAt(i) !== EQUALS && row.charCodeAt(i) > 0x20) i++;
    const nameLength = i - nameStart;
    const equals = row.indexOf('=', i);
    if (equals < 0 || equals >= tagEnd) return;

    let quoteAt = equals + 1;
    while (row.charCodeAt(quoteAt) <= 0x20) quoteAt++;
    const valueStart = quoteAt + 1;
    const valueEnd = row.indexOf(row[quoteAt], valueStart);
    if (valueEnd < 0) return;

    if (nameLength === 1) {
      const name = row[nameStart];
      if (name === 'r') cell.column = columnAt(row, valueStart, valueEnd);
      else if (name === 's') cell.style = parseInt(row.slice(valueStart, valueEnd), 10);
      else if (name === 't') cell.type = row.slice(valueStart, valueEnd);
    }
    i = valueEnd + 1;
  }
}

/**
 * Reads the `<c>` element that starts at `start` in a row's text into `cell`, which is reused
 * from one cell to the next; `open` is the cell's opening tag name with its prefix (`<c`).
 */
export function readCellXml(
  row: string,
  start: number,
  open: string,
  prefix: string,
  cell: CellAt,
): void {
  const tagEnd = row.indexOf('>', start);
  const previous = cell.column;
  cell.column = -1;
  cell.type = undefined;
  cell.style = -1;
  cell.formula = false;
  cell.value = undefined;
  cell.inline = undefined;
  readAttributes(row, start + open.length, tagEnd, cell);
  if (cell.column < 0) cell.column = previous + 1;

  if (tagEnd < 0 || row.charCodeAt(tagEnd - 1) === SLASH) {
    cell.next = tagEnd + 1;
    return;
  }
  cell.next = readChildren(row, tagEnd + 1, prefix, cell);
}

// Walks the cell's children (`<f>`, `<v>`, `<is>`) and returns where the cell ends.
function readChildren(row: string, from: number, prefix: string, cell: CellAt): number {
  let i = row.indexOf('<', from);

  while (i >= 0) {
    const gt = row.indexOf('>', i);
    if (row.charCodeAt(i + 1) === SLASH || gt < 0) return gt + 1;

    const name = i + 1 + (row.startsWith(prefix, i + 1) ? prefix.length : 0);
    const first = row.charCodeAt(name);
    const single = isNameEnd(row.charCodeAt(name + 1));
    const empty = row.charCodeAt(gt - 1) === SLASH;
    let after = gt + 1;

    if (first === 0x66 && single) {
      cell.formula = true;
      if (!empty) after = row.indexOf('>', row.indexOf('<', gt + 1)) + 1;
    } else if (first === 0x76 && single) {
      if (!empty) {
        const close = row.indexOf('<', gt + 1);
        if (close > gt + 1) cell.value = row.slice(gt + 1, close);
        after = row.indexOf('>', close) + 1;
      }
    } else if (!empty) {
      const close = row.indexOf(`</${row.slice(i + 1, firstNameEnd(row, i + 1))}>`, gt);
      if (close < 0) return row.length;
      if (isInline(row, name)) cell.inline = row.slice(gt + 1, close);
      after = row.indexOf('>', close) + 1;
    }

    // A damaged cell must not send the walk backwards: stop at the end of the row instead.
    if (after <= i) return row.length;
    i = row.charCodeAt(after) === LT ? after : row.indexOf('<', after);
  }
  return row.length;
}

function isInline(row: string, name: number): boolean {
  return row.startsWith('is', name) && isNameEnd(row.charCodeAt(name + 2));
}

function firstNameEnd(row: string, from: number): number {
  let i = from;
  while (i < row.length && !isNameEnd(row.charCodeAt(i))) i++;
  return i;
}
