import type { Device } from '@core/model/device';
import type { Dataset } from '@core/model/import-record';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';
import type { Plan } from '@core/model/plan';

import { throwIfAborted } from '../failure';
import type { ColumnMapping } from '../recognise/fields';
import type { LoopOptions, Table } from '../types';
import { createReaderFactory } from './cells';
import type { CellContext, RowReader } from './cells';
import { toDevice } from './devices';
import type { DeviceDefaults } from './devices';
import { toInvoiceRow } from './invoices';
import { toLine } from './lines';
import { toPlan } from './plans';
import type { RowError } from './row-error';

/** What mapRows needs besides the table: the file's conventions, the dataset's defaults. */
export interface MapContext extends CellContext, DeviceDefaults, LoopOptions {
  /** Operator of a billing or line file when no column names it. */
  operator?: string | null;
  /** Billing month when no column gives it. */
  period?: string | null;
}

/** Rows in the model's shape, one dataset at a time. */
export type MappedRows =
  | { dataset: 'devices'; rows: Device[] }
  | { dataset: 'lines'; rows: Line[] }
  | { dataset: 'invoices'; rows: InvoiceRow[] }
  | { dataset: 'plans'; rows: Plan[] };

export type MapResult = MappedRows & {
  errors: RowError[];
  /** Data rows left out because of an error (each has at least one `error` in `errors`). */
  rejectedRows: number;
  /** Summary rows (`Total …` with no line) left out on purpose. */
  totalRows: number;
};

const PROGRESS_EVERY = 5000;
const TOTAL_ROW = /^(sous-?)?total\b/i;

/** Turns a table into model rows with a mapping; every cell problem comes back as a value. */
export function mapRows(
  table: Table,
  target: { dataset: Dataset; mapping: ColumnMapping },
  context: MapContext,
): MapResult {
  const readerFor = createReaderFactory(table, target.mapping, context);
  const build = builder(target.dataset, context);
  const rows: unknown[] = [];
  const errors: RowError[] = [];
  let rejectedRows = 0;
  let totalRows = 0;
  const isTotal = totalRowTest(table, target);

  for (let index = 0; index < table.rows.length; index++) {
    if (index % PROGRESS_EVERY === 0) {
      throwIfAborted(context.signal, context.file);
      context.onProgress?.({ phase: 'map', done: index, total: table.rows.length });
    }

    if (isTotal(table.rows[index])) {
      totalRows++;
      continue;
    }

    const cells = readerFor(index);
    const row = build(cells);
    for (const error of cells.errors) errors.push(error);
    if (row) rows.push(row);
    else rejectedRows++;
  }

  return { dataset: target.dataset, rows, errors, rejectedRows, totalRows } as MapResult;
}

function builder(dataset: Dataset, context: MapContext): (cells: RowReader) => unknown {
  const operator = context.operator ?? null;
  if (dataset === 'devices') return (cells) => toDevice(cells, context);
  if (dataset === 'lines') return (cells) => toLine(cells, operator);
  if (dataset === 'plans') return (cells) => toPlan(cells, operator);
  const defaults = { operator, period: context.period ?? null };
  return (cells) => toInvoiceRow(cells, defaults);
}

// Operator files interleave subtotal rows ("Total …", "Sous-total …") that have no line number;
// summing them with the lines would count every charge twice.
function totalRowTest(
  table: Table,
  target: { dataset: Dataset; mapping: ColumnMapping },
): (row: string[]) => boolean {
  if (target.dataset === 'devices') return () => false;

  const keyName = target.mapping.lineNumber ?? target.mapping.number ?? '';
  const keyColumn = table.header.indexOf(keyName);
  return (row) =>
    (keyColumn < 0 || row[keyColumn] === '') && row.some((cell) => TOTAL_ROW.test(cell));
}
