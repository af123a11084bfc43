// Stored rows go column by column. A thousand invoice rows as objects repeat every field name a
// thousand times in the stored bytes, and the browser serialises each object one property at a
// time; as one array per field they serialise several times faster and take less room.

/**
 * A text column that repeats itself (months, plans, a line billed every month) as its distinct
 * values and one small code per row: it serialises in a fraction of the time and room.
 */
export interface CodedColumn {
  dict: (string | null)[];
  codes: Uint16Array | Uint32Array;
  /** Set when each distinct value is the JSON text of a nested value (see JsonColumn). */
  json?: true;
}

/**
 * A column of nested values (a device's provenance) as JSON texts: one text serialises far
 * faster than the dozens of small objects it stands for, and equal values are coded once.
 */
export interface JsonColumn {
  json: string[];
}

/**
 * One field's values for every row of the slice. A column of numbers only is a typed array:
 * Int32Array when each is a whole number that fits (and not -0), else Float64Array.
 */
export type PackedColumn = unknown[] | CodedColumn | JsonColumn | NumberColumn;

/** A column of numbers only. */
export type NumberColumn = Float64Array | Int32Array;

/** A slice of rows held as one array of values per field, in the rows' order. */
export interface PackedRows {
  packed: 1;
  /** Every field any row has, in the order they were first met. */
  fields: string[];
  /** Row r's value of `fields[f]` is at r in `columns[f]`; undefined where the row lacks it. */
  columns: PackedColumn[];
  count: number;
}

/** Rows as stored: packed by column, or as a plain list (older stores, non-object rows). */
export type StoredRows<Row> = Row[] | PackedRows;

const UNSAFE_FIELDS = new Set(['__proto__', 'constructor', 'prototype']);

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Packs rows column by column; rows that are not all plain objects are kept as a list. */
export function packRows<Row>(rows: readonly Row[]): StoredRows<Row> {
  if (!rows.every(isPlainRecord)) return [...rows];

  const fields: string[] = [];
  const columns: Gathering[] = [];
  const indexOf = new Map<string, number>();

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Record<string, unknown>;
    let at = 0;
    for (const field in row) {
      const value = row[field];
      // Rows built alike list their fields in one order: the name is looked up only where a
      // row departs from it.
      let f = fields[at] === field ? at : indexOf.get(field);
      if (f === undefined) {
        f = fields.length;
        indexOf.set(field, f);
        fields.push(field);
        columns.push(new Gathering(rows.length, r === 0 && typeof value === 'number'));
      }
      columns[f].put(r, value);
      at++;
    }
  }

  return { packed: 1, fields, columns: columns.map((c) => c.pack()), count: rows.length };
}

/**
 * One field's values as the rows are read. Numbers go straight into a typed array while every
 * row so far gave one: the browser then stores the column as one copy instead of value by
 * value, several times faster, and every number (-0 and NaN too) reads back as it was.
 */
class Gathering {
  private numbers: Float64Array | null;
  private values: unknown[] | null = null;
  private filled = 0;

  constructor(
    private readonly count: number,
    numeric: boolean,
  ) {
    this.numbers = numeric ? new Float64Array(count) : null;
    if (!numeric) this.values = new Array<unknown>(count);
  }

  put(row: number, value: unknown): void {
    if (this.numbers) {
      if (typeof value === 'number' && row === this.filled) {
        this.numbers[row] = value;
        this.filled++;
        return;
      }
      this.values = this.listed();
    }
    (this.values as unknown[])[row] = value;
    this.filled++;
  }

  pack(): PackedColumn {
    if (this.numbers && this.filled === this.count) return narrowed(this.numbers);
    const values = this.numbers ? this.listed() : (this.values as unknown[]);
    // A row without the field leaves a hole, which the stored list holds as undefined.
    return packColumn(this.filled === this.count ? values : Array.from(values));
  }

  // The numbers gathered so far (rows 0 to filled - 1) as a list the other values can join.
  private listed(): unknown[] {
    const values = new Array<unknown>(this.count);
    for (let r = 0; r < this.filled; r++) values[r] = (this.numbers as Float64Array)[r];
    this.numbers = null;
    return values;
  }
}

// Counts and whole amounts take half the room as 32-bit integers, which stores them faster.
function narrowed(numbers: Float64Array): NumberColumn {
  for (let r = 0; r < numbers.length; r++) {
    const value = numbers[r];
    if ((value | 0) !== value || (value === 0 && 1 / value < 0)) return numbers;
  }
  return Int32Array.from(numbers);
}

function packColumn(values: unknown[]): PackedColumn {
  if (values.length === 0 || !values.every(isNested)) return coded(values);

  const texts = values.map((value) => JSON.stringify(value));
  const column = coded(texts);
  return Array.isArray(column) ? { json: texts } : { ...column, json: true };
}

// An object or array that JSON gives back exactly: plain containers of text, finite numbers,
// booleans and nulls (no undefined, date or class instance).
function isNested(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return isJsonPlain(value);
}

function isJsonPlain(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonPlain);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) {
    return false;
  }
  return Object.values(value).every(isJsonPlain);
}

const NOTHING = Symbol('nothing');

// Worth it when values repeat at least twice on average; only text and nulls are coded. A value
// equal to the one before (a line billed on consecutive rows) skips the lookup.
function coded(values: unknown[]): unknown[] | CodedColumn {
  const dict: (string | null)[] = [];
  const codeOf = new Map<string | null, number>();
  const wide = values.length > 0x10000;
  const codes = wide ? new Uint32Array(values.length) : new Uint16Array(values.length);
  let last: unknown = NOTHING;
  let lastCode = 0;

  for (let r = 0; r < values.length; r++) {
    const value = values[r];
    if (value === last) {
      codes[r] = lastCode;
      continue;
    }
    if (typeof value !== 'string' && value !== null) return values;

    let code = codeOf.get(value);
    if (code === undefined) {
      code = dict.length;
      if (code * 2 >= values.length) return values;
      dict.push(value);
      codeOf.set(value, code);
    }
    codes[r] = code;
    last = value;
    lastCode = code;
  }

  return { dict, codes: wide && dict.length <= 0xffff ? Uint16Array.from(codes) : codes };
}

function isStoredColumn(column: unknown, count: number): column is PackedColumn {
  if (Array.isArray(column) || isNumberColumn(column)) return column.length === count;
  if (!isPlainRecord(column)) return false;
  if (Array.isArray(column.json)) {
    return column.json.length === count && column.json.every((text) => typeof text === 'string');
  }
  return isCodedColumn(column, count);
}

function isNumberColumn(column: unknown): column is NumberColumn {
  return column instanceof Float64Array || column instanceof Int32Array;
}

function isCodedColumn(column: Record<string, unknown>, count: number): boolean {
  const { dict, codes } = column;
  return (
    Array.isArray(dict) &&
    (codes instanceof Uint16Array || codes instanceof Uint32Array) &&
    codes.length === count &&
    codes.every((code) => code < dict.length)
  );
}

/** Whether a stored value is a packed slice rather than a plain list of rows. */
export function isPackedRows(stored: unknown): stored is PackedRows {
  if (!isPlainRecord(stored) || stored.packed !== 1) return false;
  const { fields, columns, count } = stored;
  return (
    Array.isArray(fields) &&
    Array.isArray(columns) &&
    columns.length === fields.length &&
    typeof count === 'number' &&
    columns.every((column) => isStoredColumn(column, count))
  );
}

/**
 * The rows of a stored slice, whichever way it was stored; anything else (or a damaged JSON
 * text) holds no rows. Equal nested values read back as one shared, frozen object.
 */
export function unpackRows(stored: unknown): unknown[] {
  if (Array.isArray(stored)) return stored;
  if (!isPackedRows(stored)) return [];

  const { fields, count } = stored;
  let columns: ArrayLike<unknown>[];
  try {
    columns = stored.columns.map(valuesOf);
  } catch {
    return [];
  }
  // A field name that would reach the prototype is never a model field: it is left out.
  const kept = fields.flatMap((field, f) => (UNSAFE_FIELDS.has(field) ? [] : [f]));
  const rows = new Array<unknown>(count);
  for (let r = 0; r < count; r++) {
    const row: Record<string, unknown> = {};
    for (const f of kept) {
      const value = columns[f][r];
      if (value !== undefined) row[fields[f]] = value;
    }
    rows[r] = row;
  }
  return rows;
}

function valuesOf(column: PackedColumn): ArrayLike<unknown> {
  if (Array.isArray(column) || isNumberColumn(column)) return column;
  if ('codes' in column) {
    const dict = column.json ? column.dict.map(parseShared) : column.dict;
    const { codes } = column;
    const values = new Array<unknown>(codes.length);
    for (let r = 0; r < codes.length; r++) values[r] = dict[codes[r]];
    return values;
  }
  return column.json.map((text) => JSON.parse(text) as unknown);
}

// Shared by every row that holds it: frozen, so that no one row can change the others'.
function parseShared(text: string | null): unknown {
  return text === null ? null : deepFreeze(JSON.parse(text));
}

function deepFreeze(value: unknown): unknown {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
