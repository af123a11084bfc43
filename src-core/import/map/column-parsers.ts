import type { CountryCode } from 'libphonenumber-js';

import { inferDecimalMark, parseAmount } from '../fields/amounts';
import type { DecimalMark } from '../fields/amounts';
import { inferDayOrder, parseDate } from '../fields/dates';
import type { DayOrder } from '../fields/dates';
import { parseImei } from '../fields/imei';
import { parsePeriod } from '../fields/period';
import { parsePhone } from '../fields/phone';
import { parseDataMb, parseMinutes, parseQuantity } from '../fields/quantities';
import type { FieldId } from '../recognise/fields';
import { serviceMonthOf } from '../recognise/service-month';
import type { Parsed, Table } from '../types';
import { ParseMemo } from './memo';

/** What the caller knows about a file that its cells do not say. */
export interface CellContext {
  file: string;
  /** Region for national phone numbers. @default 'FR' */
  region?: CountryCode;
  /** Day order of `01/02/2023`; by default each column proves it, else day first. */
  dayOrder?: DayOrder;
  /** Decimal mark of amounts; by default each column proves it. */
  decimal?: DecimalMark;
  /** MB per unit of a bare number, per volume field; 1 (MB) when not said. */
  unitsMb?: Partial<Record<FieldId, number>>;
}

export type QuantityKind = 'count' | 'mb' | 'minutes';

/**
 * How a field's text is read: each kind has its parser and its column's conventions. `service`
 * is a period that may also be written as the range of days it covers.
 */
export type ParseKind = 'date' | 'amount' | 'phone' | 'imei' | 'period' | 'service' | QuantityKind;

/** A field's parser over its column, with the column's conventions settled once. */
export interface ColumnParser {
  column: number;
  memo: ParseMemo<unknown>;
  /** Whether a workbook's stored number answers before the text (amounts and counts). */
  storedFirst: boolean;
  /**
   * What a bare number (the commonest cell of a numeric column) stands for in the column's
   * unit: such a cell is read directly, which costs less than looking the text up. Null when
   * the kind is not a number.
   */
  scale: number | null;
}

/** Parsers per field and kind for one table and mapping, built the first time they are asked. */
export class ColumnParsers {
  private readonly parsers = new Map<FieldId, Partial<Record<ParseKind, ColumnParser>>>();
  private readonly orders = new Map<number, DayOrder | undefined>();
  private readonly marks = new Map<number, DecimalMark | undefined>();

  constructor(
    private readonly table: Table,
    private readonly context: CellContext,
  ) {}

  /** The parser of `field` (read in `column`) as `kind`. */
  get(field: FieldId, column: number, kind: ParseKind): ColumnParser {
    let byKind = this.parsers.get(field);
    if (!byKind) {
      byKind = {};
      this.parsers.set(field, byKind);
    }

    let parser = byKind[kind];
    if (!parser) {
      parser = {
        column,
        memo: new ParseMemo(this.parseFor(field, column, kind)),
        storedFirst: kind === 'amount' || kind === 'count',
        scale: this.scaleOf(field, kind),
      };
      byKind[kind] = parser;
    }
    return parser;
  }

  // A bare number means the same in every numeric kind: a volume in the column's unit, a
  // duration in minutes, a count, an amount (none is negative, so all are accepted).
  private scaleOf(field: FieldId, kind: ParseKind): number | null {
    if (kind === 'amount' || kind === 'count' || kind === 'minutes') return 1;
    return kind === 'mb' ? (this.context.unitsMb?.[field] ?? 1) : null;
  }

  private parseFor(
    field: FieldId,
    column: number,
    kind: ParseKind,
  ): (value: string) => Parsed<unknown> {
    const { context } = this;
    if (kind === 'date') {
      const order = this.orderOf(column);
      return (value) => parseDate(value, { order });
    }
    if (kind === 'phone') return (value) => parsePhone(value, context.region ?? 'FR');
    if (kind === 'imei') return parseImei;
    if (kind === 'period') return parsePeriod;
    if (kind === 'service') return parseServiceMonth;

    if (kind === 'amount')
      return this.withMark(column, (v, decimal) => parseAmount(v, { decimal }));
    if (kind === 'mb') {
      const unit = context.unitsMb?.[field] ?? 1;
      return this.withMark(column, (value, decimal) => parseDataMb(value, unit, decimal));
    }
    if (kind === 'minutes') return this.withMark(column, parseMinutes);
    return this.withMark(column, parseQuantity);
  }

  // The decimal mark only decides values such as `1,234` that fail without it: a parse that
  // succeeds without the mark gives the same with it. So the column is searched for its mark
  // on its first failure only, and a clean column of 200,000 amounts is never searched.
  private withMark(
    column: number,
    parse: (value: string, decimal: DecimalMark | undefined) => Parsed<unknown>,
  ): (value: string) => Parsed<unknown> {
    let known = this.context.decimal !== undefined || this.marks.has(column);
    let decimal = known ? this.markOf(column) : undefined;

    return (value) => {
      const parsed = parse(value, decimal);
      if (parsed.ok || known) return parsed;

      known = true;
      decimal = this.markOf(column);
      return decimal === undefined ? parsed : parse(value, decimal);
    };
  }

  private orderOf(column: number): DayOrder | undefined {
    if (this.context.dayOrder) return this.context.dayOrder;
    if (!this.orders.has(column)) {
      this.orders.set(column, inferDayOrder(this.columnValues(column)) ?? undefined);
    }
    return this.orders.get(column);
  }

  private markOf(column: number): DecimalMark | undefined {
    if (this.context.decimal) return this.context.decimal;
    if (!this.marks.has(column)) {
      this.marks.set(column, inferDecimalMark(this.columnValues(column)) ?? undefined);
    }
    return this.marks.get(column);
  }

  // The inference reads every value once: an iterator over the rows spares a copy of the column.
  private columnValues(column: number): Iterable<string> {
    const rows = this.table.rows;
    return {
      [Symbol.iterator]: () => {
        let index = 0;
        const step = { done: false, value: '' };
        return {
          next: () => {
            step.done = index >= rows.length;
            step.value = step.done ? '' : rows[index++][column];
            return step;
          },
        };
      },
    };
  }
}

// A French bill may print the range it charges (`du 01/02/2024 au 29/02/2024`), which stands
// for the month holding most of its days; any other text is read as a period.
function parseServiceMonth(value: string): Parsed<string | null> {
  const month = serviceMonthOf(value);
  return month === null ? parsePeriod(value) : { ok: true, value: month };
}
