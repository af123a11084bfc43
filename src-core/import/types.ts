import type { ErrorCode } from '@core/errors/codes';
import type { ErrorParams } from '@core/errors/app-error';

/** A cell as the source stored it: XLSX and JSON keep numbers, booleans and dates. */
export type RawCell = string | number | boolean | Date | null;

export type TableFormat = 'csv' | 'xlsx' | 'json';

/** A rectangular table read from one file or archive entry, before any meaning is given to it. */
export interface Table {
  format: TableFormat;
  /** The separator found in a text file; null for XLSX and JSON. */
  delimiter: string | null;
  /** Column names, trimmed and made unique (`Address`, `Address (2)`); blanks become `Column N`. */
  header: string[];
  /** Every header row read (Bell sends an English row then a French one); recognition tries all. */
  headerRows: string[][];
  /** Where the (first) header row sits, as the user counts rows; absent when the file has none. */
  headerRow?: number;
  /** Trimmed text of each data row, padded to the header's width. */
  rows: string[][];
  /** The row number the user sees in the file or sheet for each data row (header row counts). */
  rowNumbers: number[];
  /** The stored values behind `rows`, when the format keeps types (XLSX, JSON). */
  raw?: RawCell[][];
  /** The worksheet read, for XLSX. */
  sheetName?: string;
  /** Every worksheet of the workbook in tab order, for a picker when the guess is wrong. */
  sheetNames?: string[];
  /** Rows left out on purpose: blank ones and copies of the header. */
  skippedRows: number;
}

/** How far a long step has gone, in units it chooses (characters, rows). */
export interface ImportProgress {
  phase: 'unzip' | 'decode' | 'parse' | 'map';
  done: number;
  total: number;
}

export type ProgressCallback = (progress: ImportProgress) => void;

/** The part of the web AbortSignal the importers read; a real AbortSignal fits. */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

/** Options every long loop accepts. */
export interface LoopOptions {
  onProgress?: ProgressCallback;
  signal?: AbortSignalLike;
}

/** A parse outcome: a value, or an error code with what the message needs. */
export type Parsed<T> =
  { ok: true; value: T } | { ok: false; code: ErrorCode; params?: ErrorParams };
