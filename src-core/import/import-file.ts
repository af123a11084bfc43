import { toErrorPayload } from '@core/errors/app-error';
import type { ErrorPayload } from '@core/errors/app-error';
import type { Dataset } from '@core/model/import-record';

import { isXlsxArchive, isZip, unzipEntries } from './container/zip';
import type { UnzipLimits } from './container/zip';
import { joinHeaderSidecars } from './container/header-sidecar';
import { linesFromBill } from './bill-lines';
import { fileError, throwIfAborted } from './failure';
import { mapRows } from './map/map-rows';
import type { MapContext, MapResult } from './map/map-rows';
import { genericMapping, recognise, sourceMapping } from './recognise/recognise';
import type { Recognition } from './recognise/recognise';
import { SOURCES } from './recognise/sources';
import type { ColumnMapping } from './recognise/fields';
import type { SourceDefinition } from './recognise/source-definition';
import { readTable } from './table/read-csv';
import type { Delimiter } from './table/sniff-delimiter';
import { readJsonTable } from './table/read-json';
import { isOleFile, readXlsx } from './table/read-xlsx';
import { decodeText } from './text/decode';
import { looksBinary } from './text/looks-binary';
import type { TextEncoding } from './text/decode';
import type { Table, TableFormat } from './types';

/** A file as the user dropped it. */
export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

/** Choices the user can force after a first look; everything else is detected. */
export interface ImportOptions extends Omit<MapContext, 'file'> {
  encoding?: TextEncoding;
  delimiter?: Delimiter;
  sheet?: string | number;
  /** The dataset to build, when the file is unrecognised or holds more than one. */
  dataset?: Dataset;
  /** Columns chosen on the mapping screen; replaces the recognised mapping. */
  mapping?: ColumnMapping;
  limits?: UnzipLimits;
}

/** One table read from the file (a ZIP gives one per entry), and what became of its rows. */
export interface ImportedPart {
  /** The file name, or `archive.zip/entry.csv` for an archive entry. */
  name: string;
  format: TableFormat;
  encoding: TextEncoding | null;
  hadBom: boolean;
  delimiter: string | null;
  sheetName: string | null;
  /** The workbook's sheets in tab order (empty for text and JSON), to choose another one. */
  sheetNames: string[];
  /** ISO currency of the amounts when the source says it (North American bills); kept as is. */
  currency: string | null;
  header: string[];
  /** Where the header row sits in the file, as the user counts rows; null when it has none. */
  headerRow: number | null;
  /** The first rows as read, for the preview and the mapping screen. */
  preview: string[][];
  /** Where each preview row sits in the file, as the user counts rows. */
  previewRowNumbers: number[];
  recognition: Recognition;
  /** Null while the part is unrecognised and no dataset or mapping was given. */
  result: MapResult | null;
  /** The lines a bill also describes (plan price, allowances), stored beside its charges. */
  billLines: MapResult | null;
  /** Data rows read, before mapping. */
  rowCount: number;
  /** Blank lines, title lines and repeated headers left out while reading. */
  skippedRows: number;
}

/** Either every table of the file was read, or nothing was, with the reason. */
export type ImportResult =
  | { ok: true; file: string; parts: ImportedPart[] }
  | { ok: false; file: string; error: ErrorPayload };

const PREVIEW_ROWS = 20;
const SAMPLE_ROWS = 50;
// MDM and operator exports have a few hundred columns at most; thousands mean a transposed or
// broken file, which the mapping screen could not show anyway.
const MAX_COLUMNS = 2000;
// The preview shows cells, it does not carry them: a 5 MB note stays out of the screen.
const PREVIEW_CELL_CHARS = 500;

/**
 * Reads a dropped file whatever it is (CSV/TXT in any encoding and separator, XLSX, JSON, or a
 * ZIP of those), recognises each table, and maps its rows to the model. Fails whole or not at
 * all: a broken archive entry fails the file, a bad cell only its row.
 */
export async function importFile(
  input: ImportInput,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    const parts: ImportedPart[] = [];

    if (isZip(input.bytes) && !isXlsxArchive(input.bytes, input.name)) {
      const entries = joinHeaderSidecars(unzipEntries(input.bytes, input.name, options.limits));
      for (const [done, entry] of entries.entries()) {
        throwIfAborted(options.signal, input.name);
        options.onProgress?.({ phase: 'unzip', done, total: entries.length });
        parts.push(
          await importTable({ name: `${input.name}/${entry.path}`, bytes: entry.bytes }, options),
        );
      }
    } else {
      parts.push(await importTable(input, options));
    }

    return { ok: true, file: input.name, parts };
  } catch (error) {
    return { ok: false, file: input.name, error: toErrorPayload(error) };
  }
}

async function importTable(input: ImportInput, options: ImportOptions): Promise<ImportedPart> {
  const read = await readAnyTable(input, options);
  if (read.table.rows.length === 0) throw fileError('import-empty', input.name);
  const columns = read.table.header.length;
  if (columns > MAX_COLUMNS) {
    throw fileError('import-too-many-columns', input.name, { count: columns, max: MAX_COLUMNS });
  }

  const { table, recognition, definition } = recogniseTable(read.table);
  const dataset = options.dataset ?? recognition.dataset;
  const ownColumns =
    definition !== undefined &&
    dataset !== null &&
    (dataset === definition.dataset || (definition.alsoBuilds ?? []).includes(dataset));
  const mapping =
    options.mapping ??
    (ownColumns ? recognition.mapping : null) ??
    (dataset ? genericMapping(table.headerRows, dataset) : null);

  const context: MapContext = {
    platform: definition?.platform,
    managed: definition?.managed,
    region: definition?.region,
    decimal: definition?.decimal,
    unitsMb: definition?.unitsMb,
    ...options,
    file: input.name,
  };
  const result = dataset && mapping ? mapRows(table, { dataset, mapping }, context) : null;
  const billLines =
    result?.dataset === 'invoices' && mapping ? linesFromBill(table, mapping, context) : null;

  return {
    name: input.name,
    format: table.format,
    encoding: read.encoding,
    hadBom: read.hadBom,
    delimiter: table.delimiter,
    sheetName: table.sheetName ?? null,
    sheetNames: table.sheetNames ?? [],
    currency: definition?.currency ?? null,
    header: table.header,
    headerRow: table.headerRow ?? null,
    preview: table.rows.slice(0, PREVIEW_ROWS).map((row) => row.map(clipped)),
    previewRowNumbers: table.rowNumbers.slice(0, PREVIEW_ROWS),
    recognition,
    result,
    billLines,
    rowCount: table.rows.length,
    skippedRows: table.skippedRows,
  };
}

function clipped(cell: string): string {
  return cell.length > PREVIEW_CELL_CHARS ? `${cell.slice(0, PREVIEW_CELL_CHARS)}…` : cell;
}

interface RecognisedTable {
  table: Table;
  recognition: Recognition;
  definition: SourceDefinition | undefined;
}

// A source that reshapes its table (computed totals, account rows left out) is mapped again on
// the reshaped header, so its computed columns are found like any other.
function recogniseTable(read: Table): RecognisedTable {
  const recognition = recognise(read.headerRows, read.rows.slice(0, SAMPLE_ROWS));
  const definition = SOURCES.find((source) => source.source === recognition.source);
  if (!definition?.adapt) return { table: read, recognition, definition };

  const table = definition.adapt(read);
  const mapping = sourceMapping(table.headerRows, definition);
  return { table, recognition: { ...recognition, mapping }, definition };
}

interface ReadTable {
  table: Table;
  encoding: TextEncoding | null;
  hadBom: boolean;
}

async function readAnyTable(input: ImportInput, options: ImportOptions): Promise<ReadTable> {
  const loop = { file: input.name, onProgress: options.onProgress, signal: options.signal };

  // An OLE file is a legacy .xls or a password-protected workbook: readXlsx says which.
  if (isZip(input.bytes) || isOleFile(input.bytes)) {
    const xlsx = { ...loop, sheet: options.sheet, limits: options.limits };
    const table = await readXlsx(input.bytes, xlsx);
    return { table, encoding: null, hadBom: false };
  }

  const decoded = decodeText(input.bytes, options.encoding);
  if (looksBinary(decoded.text)) throw fileError('import-binary', input.name);
  const start = decoded.text.trimStart()[0];
  const table =
    /\.json$/i.test(input.name) || start === '[' || start === '{'
      ? readJsonTable(decoded.text, input.name)
      : readTable(decoded.text, { ...loop, delimiter: options.delimiter });

  return { table, encoding: decoded.encoding, hadBom: decoded.hadBom };
}
