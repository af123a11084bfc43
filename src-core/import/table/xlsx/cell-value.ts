import type { RawCell } from '../../types';
import { decodeXml, detach, joinedText } from './xml-text';

/** What a cell's value depends on beyond its own XML. */
export interface CellContext {
  sharedStrings: string[];
  /** For each style index, whether its number format shows a date. */
  dateStyles: boolean[];
  date1904: boolean;
  /** The part's namespace prefix with its colon, or ''. */
  prefix: string;
}

const DAY_MS = 24 * 3600 * 1000;
const UNIX_EPOCH_SERIAL = 25569;
const OFFSET_1904 = 1462;

/**
 * The instant of an Excel serial, read as UTC so that the wall-clock date and time sit in the
 * UTC fields whatever the machine's time zone. Excel counts a 29 February 1900 that never was,
 * so serials before March 1900 land a day early, as they did with exceljs.
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  const days = serial - UNIX_EPOCH_SERIAL + (date1904 ? OFFSET_1904 : 0);
  return new Date(Math.round(days * DAY_MS));
}

/** A cell as its XML gives it: attributes and the text of the children that matter. */
export interface CellXml {
  /** The `t` attribute: `s`, `str`, `inlineStr`, `b`, `e`, `d`, `n`, or undefined. */
  type: string | undefined;
  /** The `s` attribute (style index), or -1. */
  style: number;
  formula: boolean;
  /** The raw text of `<v>`, undefined when absent or empty. */
  value: string | undefined;
  /** The XML inside `<is>`, for inline strings. */
  inline: string | undefined;
}

/**
 * The value of one cell: a formula gives its cached result, a shared or inline string its text,
 * an error nothing. Undefined when the cell holds no value.
 */
export function cellValue(cell: CellXml, context: CellContext): RawCell | undefined {
  const { type, value, formula } = cell;

  if (type === 'inlineStr') {
    const text = cell.inline === undefined ? '' : joinedText(cell.inline, context.prefix);
    if (text !== '') return detach(text);
    return formula ? null : undefined;
  }
  if (value === undefined) return formula ? null : undefined;

  switch (type) {
    case 's':
      return formula ? numberValue(cell, context) : (context.sharedStrings[+value] ?? null);
    case 'str':
      return detach(decodeXml(value));
    case 'b':
      return parseInt(value, 10) !== 0;
    case 'e':
      return null;
    case 'd': {
      const date = new Date(value.endsWith('Z') || value.length <= 10 ? value : `${value}Z`);
      return Number.isNaN(date.getTime()) ? null : date;
    }
    default:
      return numberValue(cell, context);
  }
}

function numberValue(cell: CellXml, context: CellContext): RawCell {
  const value = parseFloat(cell.value ?? '');
  if (cell.style >= 0 && context.dateStyles[cell.style] && Number.isFinite(value)) {
    return serialToDate(value, context.date1904);
  }
  return value;
}
