// Reads the files named on the command line with the app's own importer, and says precisely
// what went wrong: file, row, column, value.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { importFile } from '@core/import/import-file';
import { mergeDatasets } from '@core/reconcile/merge-rows';
import type { MergedDatasets, RowImport } from '@core/reconcile/merge-rows';
import type { RowError } from '@core/import/map/row-error';
import type { Device } from '@core/model/device';
import { DATASETS, restoreImportRecord } from '@core/model/import-record';
import type { Dataset, ImportRecord } from '@core/model/import-record';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';
import type { Plan } from '@core/model/plan';

import { CliError, EXIT } from './cli-error';
import { errorSentence } from './messages';

export interface Inputs {
  devices: Device[];
  lines: Line[];
  invoices: InvoiceRow[];
  /** The contract's plan catalogue, empty unless one was given. */
  plans: Plan[];
  imports: ImportRecord[];
  /** Problems met on rows: rejected rows (`error`) and emptied cells (`warning`). */
  problems: RowError[];
  /** The currency each file states for its amounts (North American bills), by file name. */
  currencies: Map<string, string>;
}

export type InputFiles = Partial<Record<Dataset, readonly string[]>>;

const MAX_BYTES = 512 * 1024 * 1024;

/** One line per problem: `file: row 12, column "IMEI", value "123": rejected: <why>`. */
export function describeProblem(problem: RowError): string {
  const where = problem.column ? `, column "${problem.column}"` : '';
  const value = problem.value ? `, value "${problem.value}"` : '';
  const outcome = problem.severity === 'error' ? 'rejected' : 'kept without this value';
  const why = errorSentence(problem.code, problem.params);
  return `${problem.file}: row ${problem.row}${where}${value}: ${outcome}: ${why}`;
}

/** The bytes of a file named by the user; a missing or huge file is an input error. */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`${path}: not a file.`, EXIT.input);
    if (info.size > MAX_BYTES) throw new CliError(`${path}: larger than 512 MB.`, EXIT.input);
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new CliError(`${path}: cannot be read (${reason}).`, EXIT.input);
  }
}

type ImportedRows = { [D in keyof MergedDatasets]: RowImport<MergedDatasets[D][number]>[] } & {
  /** Lines read from bills: merged before any line file, which knows more of each line. */
  billLines: RowImport<Line>[];
};

async function readOne(
  path: string,
  dataset: Dataset,
  into: Inputs,
  rows: ImportedRows,
): Promise<void> {
  const bytes = await readBytes(path);
  const name = basename(path);
  const result = await importFile({ name, bytes }, { dataset });
  if (!result.ok) {
    const { code, params } = result.error;
    throw new CliError(`${path}: ${errorSentence(code, { file: name, ...params })}`, EXIT.input);
  }

  let accepted = 0;
  let rejected = 0;
  const importId = `cli-${into.imports.length + 1}`;
  const billLines: Line[] = [];
  for (const part of result.parts) {
    if (!part.result)
      throw new CliError(`${part.name}: no ${dataset} columns recognised.`, EXIT.input);
    const mapped = part.result;
    if (mapped.dataset === 'devices') rows.devices.push({ importId, rows: mapped.rows });
    else if (mapped.dataset === 'lines') rows.lines.push({ importId, rows: mapped.rows });
    else if (mapped.dataset === 'plans') rows.plans.push({ importId, rows: mapped.rows });
    else rows.invoices.push({ importId, rows: mapped.rows });
    if (part.billLines?.dataset === 'lines') billLines.push(...part.billLines.rows);
    into.problems.push(...mapped.errors);
    if (part.currency) into.currencies.set(part.name, part.currency);
    accepted += mapped.rows.length;
    rejected += mapped.rejectedRows;
  }

  const record = {
    engagementId: 'cli',
    fileName: name,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    format: result.parts[0]?.recognition.source ?? result.parts[0]?.format ?? 'unknown',
    importedAt: new Date().toISOString(),
  };
  into.imports.push(
    restoreImportRecord({
      ...record,
      id: importId,
      dataset,
      rowsAccepted: accepted,
      rowsRejected: rejected,
    }),
  );
  if (billLines.length === 0) return;

  const linesId = `${importId}-lines`;
  rows.billLines.push({ importId: linesId, rows: billLines });
  into.imports.push(
    restoreImportRecord({
      ...record,
      id: linesId,
      dataset: 'lines',
      billId: importId,
      rowsAccepted: billLines.length,
      rowsRejected: 0,
    }),
  );
}

/**
 * Imports every file, in the order given per dataset, and merges them as the app does: a later
 * file's row replaces an earlier one's, and inventories merge device by device.
 */
export async function readInputs(files: InputFiles): Promise<Inputs> {
  const inputs: Inputs = {
    devices: [],
    lines: [],
    invoices: [],
    plans: [],
    imports: [],
    problems: [],
    currencies: new Map(),
  };
  const rows: ImportedRows = { devices: [], lines: [], invoices: [], plans: [], billLines: [] };
  for (const dataset of DATASETS) {
    for (const path of files[dataset] ?? []) await readOne(path, dataset, inputs, rows);
  }
  const { billLines, ...byDataset } = rows;
  return { ...inputs, ...mergeDatasets({ ...byDataset, lines: [...billLines, ...rows.lines] }) };
}
