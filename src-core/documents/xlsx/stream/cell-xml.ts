// One row as sheetData XML: each value typed as Excel reads it (numbers, inline strings, dates
// as serial numbers, formulas with their cached result), each cell with its style number.
import { columnLetter } from '../sheet-spec';
import type { StreamRow } from './stream-row';
import type { StyleRegistry } from './style-registry';
import { textElement, xmlText } from './xml-text';

// Excel's serial day 25569 is 1970-01-01 (the 1900 system, leap-year quirk included).
const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

interface Formula {
  formula: string;
  result?: unknown;
}

function isFormula(value: object): value is Formula {
  return typeof (value as Formula).formula === 'string';
}

/** A date as Excel's serial day number. */
export function excelSerial(date: Date): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / DAY_MS;
}

/** Writes rows of one workbook; keeps the column letters it has already spelled. */
export class RowXml {
  private readonly letters: string[] = [];
  // The style object last seen in each column and its number: columns share one object, so
  // this spares a lookup per cell.
  private readonly lastStyle: unknown[] = [];
  private readonly lastId: number[] = [];

  constructor(private readonly styles: StyleRegistry) {}

  /** The row's XML, or '' for a row with nothing to write. */
  of(row: StreamRow, columnIds: readonly number[]): string {
    const { values, cells, parts } = row;
    const count = Math.max(values.length, cells.length);
    const overlay = parts ? this.overlay(row) : undefined;
    let xml = '';

    for (let index = 0; index < count; index++) {
      const cell = cells[index];
      const base = cell?.own ? this.ownId(cell.own, index) : (columnIds[index] ?? 0);
      const style = overlay ? overlay(base) : base;
      xml += this.cell(this.letter(index) + row.number, values[index], style);
    }

    if (!parts && xml === '') return '';
    const rowStyle = parts ? ` s="${this.styles.idOf(parts)}" customFormat="1"` : '';
    return `<row r="${row.number}"${rowStyle}>${xml}</row>`;
  }

  // Row-wide parts set after the cells (a bold header) win over the cells' own, as in exceljs.
  private overlay(row: StreamRow): (base: number) => number {
    const known = new Map<number, number>();
    return (base) => {
      let id = known.get(base);
      if (id === undefined) {
        id = this.styles.idOf({ ...this.styles.partsOf(base), ...row.parts });
        known.set(base, id);
      }
      return id;
    };
  }

  private ownId(style: object, index: number): number {
    if (this.lastStyle[index] !== style) {
      this.lastStyle[index] = style;
      this.lastId[index] = this.styles.idOf(style);
    }
    return this.lastId[index];
  }

  private letter(index: number): string {
    return (this.letters[index] ??= columnLetter(index + 1));
  }

  private cell(ref: string, value: unknown, style: number): string {
    const s = style === 0 ? '' : ` s="${style}"`;
    if (typeof value === 'number') {
      return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : blank(ref, s);
    }
    if (typeof value === 'string') {
      if (value === '') return blank(ref, s);
      return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(value)}</is></c>`;
    }
    if (value === null || value === undefined) return blank(ref, s);
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) return blank(ref, s);
      const dated = this.styles.dateIdOf(style);
      return `<c r="${ref}" s="${dated}"><v>${excelSerial(value)}</v></c>`;
    }
    if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    if (typeof value === 'object' && isFormula(value)) return formulaCell(ref, s, value);
    throw new Error(`xlsx stream writer: cannot write a ${typeof value} in ${ref}`);
  }
}

function blank(ref: string, s: string): string {
  // A styled blank keeps its format for what the consultant types in later.
  return s === '' ? '' : `<c r="${ref}"${s}/>`;
}

function formulaCell(ref: string, s: string, { formula, result }: Formula): string {
  const f = `<f>${xmlText(formula)}</f>`;
  if (typeof result === 'number' && Number.isFinite(result)) {
    return `<c r="${ref}"${s}>${f}<v>${result}</v></c>`;
  }
  if (result instanceof Date) return `<c r="${ref}"${s}>${f}<v>${excelSerial(result)}</v></c>`;
  if (typeof result === 'string') {
    return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(result)}</v></c>`;
  }
  return `<c r="${ref}"${s}>${f}</c>`;
}
