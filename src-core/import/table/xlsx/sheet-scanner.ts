import type { RawCell } from '../../types';
import { cellValue } from './cell-value';
import type { CellContext } from './cell-value';
import { readCellXml } from './cell-xml';
import type { CellAt } from './cell-xml';
import { attribute, eachTag, rootPrefix } from './xml-text';

/** The rows of a worksheet that hold a value, as the sheet numbers them. */
export interface SheetRows {
  rowNumbers: number[];
  /** One array per row, as long as its last cell; cells without a value are null. */
  values: RawCell[][];
  /** Merged ranges (`A1:C2`), from the `<mergeCells>` after the data. */
  merges: string[];
}

// Enough to hold a tag cut by a chunk boundary while the scanner waits for the next piece.
const KEEP_CHARS = 64;
/** Excel's last column, XFD, counted from 0: a reference past it is a damaged file. */
export const LAST_COLUMN = 16383;

/** The 0-based column of a cell reference (`AB12` gives 27). */
export function columnIndex(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i) & ~0x20;
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column - 1;
}

function isNameEnd(code: number): boolean {
  return code <= 0x20 || code === 0x3e || code === 0x2f;
}

/**
 * Reads a worksheet's XML as it arrives in pieces: each complete `<row>` is turned into values
 * at once, so only a row's worth of text waits between pieces.
 */
export class SheetScanner {
  private readonly rows: SheetRows = { rowNumbers: [], values: [], merges: [] };
  private rest = '';
  private prefix: string | null = null;
  private afterData = false;
  private lastRow = 0;
  private context: CellContext | undefined;
  private readonly cell: CellAt = {
    column: -1,
    next: 0,
    type: undefined,
    style: -1,
    formula: false,
    value: undefined,
    inline: undefined,
  };

  constructor(private readonly shared: Omit<CellContext, 'prefix'>) {}

  /** Takes the next piece of the sheet's text. */
  push(text: string): void {
    const xml = this.rest + text;
    this.prefix ??= xml.includes('>') ? rootPrefix(xml) : null;
    if (this.prefix === null || this.afterData) {
      this.rest = xml;
      return;
    }
    this.rest = this.scanRows(xml, this.prefix);
  }

  /** Ends the text: reads the merged ranges written after the data and returns the rows. */
  finish(): SheetRows {
    const prefix = this.prefix ?? '';
    const tail = this.rest;
    eachTag(tail, `${prefix}mergeCell`, (start, end) => {
      const range = attribute(tail, start, end, 'ref');
      if (range) this.rows.merges.push(range);
    });

    this.rest = '';
    return this.rows;
  }

  // Returns the text not read yet: a row cut by the end of the piece, or the part's tail.
  private scanRows(xml: string, prefix: string): string {
    const open = `<${prefix}row`;
    const close = `</${prefix}row>`;
    let at = 0;

    for (;;) {
      const start = xml.indexOf(open, at);
      if (start < 0) return this.keepTail(xml, at, prefix);
      if (start + open.length >= xml.length) return xml.slice(start);
      if (!isNameEnd(xml.charCodeAt(start + open.length))) {
        at = start + open.length;
        continue;
      }

      const tagEnd = xml.indexOf('>', start);
      if (tagEnd < 0) return xml.slice(start);
      if (xml[tagEnd - 1] === '/') {
        this.lastRow = this.rowNumber(xml, start, tagEnd);
        at = tagEnd + 1;
        continue;
      }

      const end = xml.indexOf(close, tagEnd);
      if (end < 0) return xml.slice(start);
      this.readRow(xml.slice(start, end), tagEnd - start, prefix);
      at = end + close.length;
    }
  }

  private keepTail(xml: string, at: number, prefix: string): string {
    const dataEnd = xml.indexOf(`</${prefix}sheetData>`, at);
    if (dataEnd >= 0) {
      this.afterData = true;
      return xml.slice(dataEnd);
    }
    return xml.slice(Math.max(at, xml.length - KEEP_CHARS));
  }

  private rowNumber(xml: string, start: number, tagEnd: number): number {
    const number = parseInt(attribute(xml, start, tagEnd, 'r') ?? '', 10);
    return Number.isFinite(number) ? number : this.lastRow + 1;
  }

  private readRow(row: string, tagEnd: number, prefix: string): void {
    const rowNumber = this.rowNumber(row, 0, tagEnd);
    const context = this.cellContext(prefix);
    const open = `<${prefix}c`;
    const cell = this.cell;
    const values: RawCell[] = [];
    let filled = false;
    let at = tagEnd;
    cell.column = -1;
    this.lastRow = rowNumber;

    for (;;) {
      const start = row.indexOf(open, at);
      if (start < 0) break;
      if (!isNameEnd(row.charCodeAt(start + open.length))) {
        at = start + open.length;
        continue;
      }

      readCellXml(row, start, open, prefix, cell);
      if (cell.next <= start || cell.column > LAST_COLUMN) {
        throw new Error(`row ${rowNumber}: damaged cell near column ${cell.column + 1}`);
      }
      while (values.length < cell.column) values.push(null);
      const value = cellValue(cell, context);
      if (value !== undefined) filled = true;
      values[cell.column] = value ?? null;
      at = cell.next;
    }

    if (!filled) return;
    this.rows.rowNumbers.push(rowNumber);
    this.rows.values.push(values);
  }

  private cellContext(prefix: string): CellContext {
    if (this.context?.prefix !== prefix) this.context = { ...this.shared, prefix };
    return this.context;
  }
}
