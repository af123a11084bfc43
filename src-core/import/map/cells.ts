import type { CountryCode } from 'libphonenumber-js';

import { inferDecimalMark, parseAmount } from '../fields/amounts';
import type { DecimalMark } from '../fields/amounts';
import { inferDayOrder, parseDate } from '../fields/dates';
import type { DayOrder } from '../fields/dates';
import { parseImei } from '../fields/imei';
import { parsePeriod } from '../fields/period';
import { parsePhone } from '../fields/phone';
import { parseDataMb, parseMinutes, parseQuantity } from '../fields/quantities';
import type { ColumnMapping, FieldId } from '../recognise/fields';
import type { Parsed, Table } from '../types';
import type { RowError } from './row-error';

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

/** Reads the mapped fields of one row, collecting what went wrong as warnings or errors. */
export interface RowReader {
  text(field: FieldId): string | null;
  date(field: FieldId): string | null;
  /** Amounts and quantities feed totals: an invoice passes 'error' so none is silently zero. */
  amount(field: FieldId, severity?: RowError['severity']): number | null;
  quantity(field: FieldId, kind?: QuantityKind, severity?: RowError['severity']): number | null;
  phone(field: FieldId, severity?: RowError['severity']): string | null;
  imei(field: FieldId): string | null;
  period(field: FieldId): string | null;
  /** Records a problem with the whole row; the row is then left out. */
  reject(code: RowError['code'], column?: FieldId): void;
  readonly errors: RowError[];
  readonly rejected: boolean;
}

/** Prepares column lookups and per-column conventions once, then hands out a reader per row. */
export function createReaderFactory(
  table: Table,
  mapping: ColumnMapping,
  context: CellContext,
): (index: number) => RowReader {
  const columnOf = new Map<FieldId, number>();
  for (const [field, name] of Object.entries(mapping) as [FieldId, string][]) {
    const column = table.header.indexOf(name);
    if (column >= 0) columnOf.set(field, column);
  }

  const orders = new Map<number, DayOrder | null>();
  const marks = new Map<number, DecimalMark | null>();
  const orderOf = (column: number): DayOrder | undefined => {
    if (!orders.has(column)) orders.set(column, inferDayOrder(table.rows.map((r) => r[column])));
    return context.dayOrder ?? orders.get(column) ?? undefined;
  };
  const markOf = (column: number): DecimalMark | undefined => {
    if (!marks.has(column)) marks.set(column, inferDecimalMark(table.rows.map((r) => r[column])));
    return context.decimal ?? marks.get(column) ?? undefined;
  };

  return (index) => {
    const row = table.rows[index];
    const raw = table.raw?.[index];
    const errors: RowError[] = [];
    let rejected = false;

    const cell = (field: FieldId): { column: number; value: string } | null => {
      const column = columnOf.get(field);
      if (column === undefined || row[column] === '') return null;
      return { column, value: row[column] };
    };

    const report = (
      column: number | null,
      parsed: Extract<Parsed<unknown>, { ok: false }>,
      value: string,
      severity: RowError['severity'],
    ): void => {
      errors.push({
        file: context.file,
        row: table.rowNumbers[index],
        column: column === null ? null : table.header[column],
        code: parsed.code,
        value,
        params: parsed.params ?? {},
        severity,
      });
      if (severity === 'error') rejected = true;
    };

    const read = <T>(
      field: FieldId,
      parse: (value: string, column: number) => Parsed<T | null>,
      severity: RowError['severity'] = 'warning',
    ): T | null => {
      const found = cell(field);
      if (!found) return null;
      const parsed = parse(found.value, found.column);
      if (parsed.ok) return parsed.value;
      report(found.column, parsed, found.value, severity);
      return null;
    };

    // A workbook's stored number is exact; its text form could look like `1.234`, ambiguous.
    const stored = (column: number): Parsed<number> | null => {
      const value = raw?.[column];
      return typeof value === 'number' ? { ok: true, value } : null;
    };

    return {
      errors,
      get rejected() {
        return rejected;
      },
      text: (field) => cell(field)?.value ?? null,
      date: (field) => read(field, (value, column) => parseDate(value, { order: orderOf(column) })),
      amount: (field, severity) =>
        read(
          field,
          (value, column) => stored(column) ?? parseAmount(value, { decimal: markOf(column) }),
          severity,
        ),
      quantity: (field, kind = 'count', severity = 'warning') =>
        read(
          field,
          (value, column) => {
            const decimal = markOf(column);
            if (kind === 'mb') return parseDataMb(value, context.unitsMb?.[field] ?? 1, decimal);
            if (kind === 'minutes') return parseMinutes(value, decimal);
            return stored(column) ?? parseQuantity(value, decimal);
          },
          severity,
        ),
      phone: (field, severity) =>
        read(field, (value) => parsePhone(value, context.region ?? 'FR'), severity),
      imei: (field) => read(field, parseImei),
      period: (field) => read(field, parsePeriod, 'error'),
      reject: (code, field) => {
        const column = field === undefined ? null : (columnOf.get(field) ?? null);
        report(column, { ok: false, code }, column === null ? '' : row[column], 'error');
      },
    };
  };
}
