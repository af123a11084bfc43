import { simpleNumber } from '../fields/amounts';
import type { ColumnMapping, FieldId } from '../recognise/fields';
import type { Parsed, RawCell, Table } from '../types';
import { ColumnParsers } from './column-parsers';
import type { CellContext, ColumnParser, ParseKind, QuantityKind } from './column-parsers';
import type { RowError } from './row-error';

export type { CellContext, QuantityKind } from './column-parsers';

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
  /** A period, or the month a range of days (`du 01/02/2024 au 29/02/2024`) mostly covers. */
  serviceMonth(field: FieldId): string | null;
  /** Records a problem with the whole row; the row is then left out. */
  reject(code: RowError['code'], column?: FieldId): void;
  readonly errors: RowError[];
  readonly rejected: boolean;
}

/**
 * A question a row builder asks: a field read as some kind (`text`: the cell as it is), with
 * its column (-1 when the field is not mapped) and its parser.
 */
interface Question {
  field: FieldId;
  kind: ParseKind | 'text';
  column: number;
  parser: ColumnParser | null;
}

/** What every row of one table shares: column lookups, conventions and remembered parses. */
interface Shared {
  table: Table;
  context: CellContext;
  columns: Map<FieldId, number>;
  parsers: ColumnParsers;
}

const NO_ERRORS: RowError[] = Object.freeze([]) as unknown as RowError[];

/**
 * Prepares column lookups and per-column conventions once, then points one reader at each row
 * in turn: a row's reader is valid until the next row is asked for.
 */
export function createReaderFactory(
  table: Table,
  mapping: ColumnMapping,
  context: CellContext,
): (index: number) => RowReader {
  const columns = new Map<FieldId, number>();
  for (const [field, name] of Object.entries(mapping) as [FieldId, string][]) {
    const column = table.header.indexOf(name);
    if (column >= 0) columns.set(field, column);
  }

  const shared: Shared = { table, context, columns, parsers: new ColumnParsers(table, context) };
  const reader = new Reader(shared);
  return (index) => reader.at(index);
}

// One reader for the whole table, its methods on the prototype: a dozen closures, or even one
// object, per row made the garbage collector a large share of a 200,000-row import.
class Reader implements RowReader {
  rejected = false;
  private list: RowError[] | null = null;
  private row: string[] = [];
  private raw: RawCell[] | undefined;
  private index = 0;
  private asked = 0;
  private readonly trail: Question[] = [];

  constructor(private readonly shared: Shared) {}

  at(index: number): this {
    this.index = index;
    this.asked = 0;
    this.row = this.shared.table.rows[index];
    this.raw = this.shared.table.raw?.[index];
    this.rejected = false;
    this.list = null;
    return this;
  }

  get errors(): RowError[] {
    return this.list ?? NO_ERRORS;
  }

  text(field: FieldId): string | null {
    const { column } = this.question(field, 'text');
    if (column < 0) return null;
    const value = this.row[column];
    return value === '' ? null : value;
  }

  date(field: FieldId): string | null {
    return this.read(field, 'date', 'warning') as string | null;
  }

  amount(field: FieldId, severity: RowError['severity'] = 'warning'): number | null {
    return this.read(field, 'amount', severity) as number | null;
  }

  quantity(
    field: FieldId,
    kind: QuantityKind = 'count',
    severity: RowError['severity'] = 'warning',
  ): number | null {
    return this.read(field, kind, severity) as number | null;
  }

  phone(field: FieldId, severity: RowError['severity'] = 'warning'): string | null {
    return this.read(field, 'phone', severity) as string | null;
  }

  imei(field: FieldId): string | null {
    return this.read(field, 'imei', 'warning') as string | null;
  }

  period(field: FieldId): string | null {
    return this.read(field, 'period', 'error') as string | null;
  }

  serviceMonth(field: FieldId): string | null {
    return this.read(field, 'service', 'error') as string | null;
  }

  reject(code: RowError['code'], field?: FieldId): void {
    const column = field === undefined ? null : (this.shared.columns.get(field) ?? null);
    const value = column === null ? '' : this.row[column];
    this.report(column, { ok: false, code }, value, 'error');
  }

  private read(field: FieldId, kind: ParseKind, severity: RowError['severity']): unknown {
    const { column, parser } = this.question(field, kind);
    if (parser === null) return null;
    const value = this.row[column];
    if (value === '') return null;

    // A workbook's stored number is exact; its text form could look like `1.234`, ambiguous.
    const stored = parser.storedFirst ? this.raw?.[column] : undefined;
    if (typeof stored === 'number') return stored;
    if (parser.scale !== null) {
      const number = simpleNumber(value);
      if (number !== null) return number * parser.scale;
    }

    const parsed = parser.memo.get(value);
    if (parsed.ok) return parsed.value;
    this.report(column, parsed, value, severity);
    return null;
  }

  // A builder asks the same questions in the same order on every row: the n-th question of a
  // row is answered as the n-th of the row before when it is the same, without a lookup.
  private question(field: FieldId, kind: ParseKind | 'text'): Question {
    const at = this.asked++;
    const known = this.trail[at];
    if (known !== undefined && known.field === field && known.kind === kind) return known;

    const column = this.shared.columns.get(field) ?? -1;
    const parser =
      column < 0 || kind === 'text' ? null : this.shared.parsers.get(field, column, kind);
    const question: Question = { field, kind, column, parser };
    this.trail[at] = question;
    return question;
  }

  private report(
    column: number | null,
    parsed: Extract<Parsed<unknown>, { ok: false }>,
    value: string,
    severity: RowError['severity'],
  ): void {
    const { table, context } = this.shared;
    this.list ??= [];
    this.list.push({
      file: context.file,
      row: table.rowNumbers[this.index],
      column: column === null ? null : table.header[column],
      code: parsed.code,
      value,
      // Remembered parses are shared between rows; each error gets its own parameters.
      params: { ...parsed.params },
      severity,
    });
    if (severity === 'error') this.rejected = true;
  }
}
