// What `inspect` says about one file: the shape of its JSON object, built from the importer's
// own result so that the app and the command line read every file the same way.
import { basename } from 'node:path';

import { importFile } from '@core/import/import-file';
import type { ImportedPart } from '@core/import/import-file';
import type { RowError } from '@core/import/map/row-error';
import type { ColumnMapping } from '@core/import/recognise/fields';
import type { ColumnSuggestion } from '@core/import/recognise/suggest';

import { errorSentence } from './messages';
import { readBytes } from './read-inputs';

/** What a table holds, as a scheduler sorts files: device or line lists, bills, plans. */
export type Kind = 'inventory' | 'invoice' | 'plans' | 'unknown';

/** One rejected row: where it is, what it held, and why it was left out. */
export interface Rejection {
  /** The file, or `archive.zip/entry.csv` for an archive entry. */
  file: string;
  row: number;
  column: string | null;
  value: string;
  reason: string;
  code: string;
}

/** One table of a file (a ZIP gives one per entry), as `inspect` reports it. */
export interface TableReport {
  name: string;
  kind: Kind;
  source: string;
  dataset: string | null;
  confidence: number;
  format: string;
  encoding: string | null;
  hadBom: boolean;
  delimiter: string | null;
  sheet: string | null;
  headerRow: number | null;
  currency: string | null;
  /** Field → column; for an unknown table, the columns' suggested fields, for a human to check. */
  mapping: ColumnMapping;
  suggestions?: ColumnSuggestion[];
  /** Why a recognised table builds nothing (an account-level report). */
  notice?: string;
  rowsRead: number;
  accepted: number;
  rejected: Rejection[];
  warnings: number;
  totals: number;
  skipped: number;
  records?: unknown[];
}

/** One file: its first table's description at the top, every table in `parts`, or its error. */
export type FileReport = Omit<TableReport, 'name'> & {
  file: string;
  parts: TableReport[];
  error?: string;
};

const KINDS: Record<string, Kind> = {
  devices: 'inventory',
  lines: 'inventory',
  invoices: 'invoice',
  plans: 'plans',
};

/** Reads one file as an import would; a refused file gives a report with its one-line error. */
export async function inspectFile(path: string, withRecords: boolean): Promise<FileReport> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(path);
  } catch (error) {
    return refused(path, error instanceof Error ? error.message : String(error));
  }

  const name = basename(path);
  const result = await importFile({ name, bytes });
  if (!result.ok) {
    const { code, params } = result.error;
    return refused(path, `${path}: ${errorSentence(code, { file: name, ...params })}`);
  }

  const parts = result.parts.map((part) => tableReport(part, withRecords));
  if (parts.length === 0) {
    return refused(path, `${path}: ${errorSentence('import-zip-empty', { file: name })}`);
  }
  return fileReport(path, parts);
}

function fileReport(path: string, parts: TableReport[]): FileReport {
  const [first] = parts;
  const head: Omit<TableReport, 'name'> & { name?: string } = { ...first };
  delete head.name;
  if (parts.length === 1) return { file: path, ...head, parts };

  // An archive of several tables: its counts add up, its kind is theirs when they agree.
  const kinds = new Set(parts.map((part) => part.kind));
  return {
    file: path,
    ...head,
    kind: kinds.size === 1 ? first.kind : 'unknown',
    rowsRead: sum(parts, (part) => part.rowsRead),
    accepted: sum(parts, (part) => part.accepted),
    rejected: parts.flatMap((part) => part.rejected),
    warnings: sum(parts, (part) => part.warnings),
    totals: sum(parts, (part) => part.totals),
    skipped: sum(parts, (part) => part.skipped),
    records: first.records && parts.flatMap((part) => part.records ?? []),
    parts,
  };
}

function sum(parts: TableReport[], of: (part: TableReport) => number): number {
  return parts.reduce((total, part) => total + of(part), 0);
}

function refused(path: string, error: string): FileReport {
  return {
    file: path,
    kind: 'unknown',
    source: 'unrecognised',
    dataset: null,
    confidence: 0,
    format: 'unknown',
    encoding: null,
    hadBom: false,
    delimiter: null,
    sheet: null,
    headerRow: null,
    currency: null,
    mapping: {},
    rowsRead: 0,
    accepted: 0,
    rejected: [],
    warnings: 0,
    totals: 0,
    skipped: 0,
    parts: [],
    error,
  };
}

function tableReport(part: ImportedPart, withRecords: boolean): TableReport {
  const { recognition, result } = part;
  const errors = result?.errors ?? [];
  const known = recognition.source !== 'unrecognised';

  return {
    name: part.name,
    kind: kindOf(part),
    source: recognition.source,
    dataset: result?.dataset ?? recognition.dataset,
    confidence: recognition.confidence,
    format: part.format,
    encoding: part.encoding,
    hadBom: part.hadBom,
    delimiter: part.delimiter,
    sheet: part.sheetName,
    headerRow: part.headerRow,
    currency: part.currency,
    mapping: known ? recognition.mapping : suggestedMapping(recognition.suggestions),
    ...(known ? {} : { suggestions: recognition.suggestions }),
    ...(recognition.notice ? { notice: errorSentence(recognition.notice) } : {}),
    rowsRead: part.rowCount,
    accepted: result?.rows.length ?? 0,
    rejected: rejections(errors),
    warnings: errors.filter((error) => error.severity === 'warning').length,
    totals: result?.totalRows ?? 0,
    skipped: part.skippedRows,
    ...(withRecords ? { records: result?.rows ?? [] } : {}),
  };
}

// Only operator bills are recognised yet build nothing (account-level reports): a known source
// without a dataset is a bill.
function kindOf(part: ImportedPart): Kind {
  const { recognition } = part;
  if (recognition.source === 'unrecognised') return 'unknown';
  if (recognition.dataset === null) return 'invoice';
  return KINDS[recognition.dataset] ?? 'unknown';
}

// A row may carry several errors; the first one names the row's rejection.
function rejections(errors: readonly RowError[]): Rejection[] {
  const list: Rejection[] = [];
  let lastRow = -1;

  for (const error of errors) {
    if (error.severity !== 'error' || error.row === lastRow) continue;
    lastRow = error.row;
    list.push({
      file: error.file,
      row: error.row,
      column: error.column,
      value: error.value,
      reason: errorSentence(error.code, error.params),
      code: error.code,
    });
  }
  return list;
}

// The first field each column may hold, each field given once: a starting point that the
// mapping screen or a profile confirms, never applied by itself.
function suggestedMapping(suggestions: readonly ColumnSuggestion[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const { column, fields } of suggestions) {
    const field = fields.find((candidate) => mapping[candidate] === undefined);
    if (field) mapping[field] = column;
  }
  return mapping;
}
