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
  /** Records a problem with the whole row; the row is then left out. */
  reject(code: RowError['code'], column?: FieldId): void;
  readonly errors: RowError[];
  readonly rejected: boolean;
}

/** A mapped field's column and the parsers already asked of it, by kind. */
interface FieldSlot {
  column: number;
  kinds: ParseKind[];
  parsers: ColumnParser[];
}

/** What every row of one table shares: column lookups, conventions and remembered parses. */
interface Shared {
  table: Table;
  context: CellContext;
  slots: Map<FieldId, FieldSlot>;
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
  const slots = new Map<FieldId, FieldSlot>();
  for (const [field, name] of Object.entries(mapping) as [FieldId, string][]) {
    const column = table.header.indexOf(name);
    if (column >= 0) slots.set(field, { column, kinds: [], parsers: [] });
  }

  const shared: Shared = { table, context, slots, parsers: new ColumnParsers(table, context) };
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

  constructor(private readonly shared: Shared) {}

  at(index: number): this {
    this.index = index;
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
    const slot = this.shared.slots.get(field);
    if (slot === undefined) return null;
    const value = this.row[slot.column];
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

  reject(code: RowError['code'], field?: FieldId): void {
    const column = field === undefined ? null : (this.shared.slots.get(field)?.column ?? null);
    const value = column === null ? '' : this.row[column];
    this.report(column, { ok: false, code }, value, 'error');
  }

  private read(field: FieldId, kind: ParseKind, severity: RowError['severity']): unknown {
    const slot = this.shared.slots.get(field);
    if (slot === undefined) return null;
    const { column } = slot;
    const value = this.row[column];
    if (value === '') return null;

    const parser = this.parserOf(slot, field, kind);
    // A workbook's stored number is exact; its text form could look like `1.234`, ambiguous.
    const stored = parser.storedFirst ? this.raw?.[column] : undefined;
    if (typeof stored === 'number') return stored;
    const fast = parser.fast?.(value);
    if (fast !== null && fast !== undefined) return fast;

    const parsed = parser.memo.get(value);
    if (parsed.ok) return parsed.value;
    this.report(column, parsed, value, severity);
    return null;
  }

  // A field is read as one kind or two: a short scan beats a lookup by name on every cell.
  private parserOf(slot: FieldSlot, field: FieldId, kind: ParseKind): ColumnParser {
    const { kinds, parsers } = slot;
    for (let i = 0; i < kinds.length; i++) if (kinds[i] === kind) return parsers[i];

    const parser = this.shared.parsers.get(field, slot.column, kind);
    kinds.push(kind);
    parsers.push(parser);
    return parser;
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
