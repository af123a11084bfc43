// `inspect`: what FleetAudit makes of each file (and each archive entry) before importing it:
// encoding, separator, source, dataset, row counts and the first rejected rows.
import { basename } from 'node:path';

import { importFile } from '@core/import/import-file';
import type { ImportedPart } from '@core/import/import-file';
import type { RowError } from '@core/import/map/row-error';

import type { CliOptions } from './args';
import { CliError, EXIT } from './cli-error';
import type { Outcome } from './commands';
import { describeProblem, readBytes } from './read-inputs';

const FIRST_REJECTED = 5;

/** One table of a file, as `inspect` reports it. */
export interface PartReport {
  name: string;
  format: string;
  encoding: string | null;
  hadBom: boolean;
  separator: string | null;
  sheet: string | null;
  source: string;
  dataset: string | null;
  confidence: number;
  currency: string | null;
  rowsRead: number;
  skipped: number;
  accepted: number;
  rejected: number;
  totals: number;
  firstRejected: RowError[];
}

/** One file: its tables, or why it could not be read. */
export type FileReport =
  { file: string; ok: true; parts: PartReport[] } | { file: string; ok: false; error: string };

const SEPARATORS: Record<string, string> = { '\t': 'tab', ';': ';', ',': ',', '|': '|' };

function partReport(part: ImportedPart): PartReport {
  const result = part.result;
  const errors = result?.errors.filter((error) => error.severity === 'error') ?? [];
  // A row may carry several errors; the first of each row is enough to find it.
  const firstPerRow = errors.filter((error, i) => i === 0 || errors[i - 1].row !== error.row);

  return {
    name: part.name,
    format: part.format,
    encoding: part.encoding,
    hadBom: part.hadBom,
    separator: part.delimiter === null ? null : (SEPARATORS[part.delimiter] ?? part.delimiter),
    sheet: part.sheetName,
    source: part.recognition.source,
    dataset: result?.dataset ?? null,
    confidence: part.recognition.confidence,
    currency: part.currency,
    rowsRead: part.rowCount,
    skipped: part.skippedRows,
    accepted: result?.rows.length ?? 0,
    rejected: result?.rejectedRows ?? 0,
    totals: result?.totalRows ?? 0,
    firstRejected: firstPerRow.slice(0, FIRST_REJECTED),
  };
}

async function inspectFile(path: string): Promise<FileReport> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(path);
  } catch (error) {
    return { file: path, ok: false, error: error instanceof Error ? error.message : String(error) };
  }

  const result = await importFile({ name: basename(path), bytes });
  if (!result.ok) {
    return { file: path, ok: false, error: `${path}: cannot be read (${result.error.code}).` };
  }
  return { file: path, ok: true, parts: result.parts.map(partReport) };
}

function describePart(part: PartReport): string[] {
  const reading = [part.format, part.encoding, part.separator && `separator ${part.separator}`]
    .concat(part.hadBom ? ['BOM'] : [], part.sheet ? [`sheet ${part.sheet}`] : [])
    .filter(Boolean)
    .join(', ');
  const meaning =
    part.dataset === null
      ? `source ${part.source}, not mapped`
      : `source ${part.source}, dataset ${part.dataset}, confidence ${part.confidence.toFixed(2)}`;
  const currency = part.currency ? `, amounts in ${part.currency}` : '';
  const counts =
    `rows: ${part.rowsRead} read, ${part.accepted} accepted, ${part.rejected} rejected, ` +
    `${part.totals} totals, ${part.skipped} skipped`;

  return [
    part.name,
    `  ${reading}`,
    `  ${meaning}${currency}`,
    `  ${counts}`,
    ...part.firstRejected.map((error) => `  rejected: ${describeProblem(error)}`),
  ];
}

/** `inspect <files...>`: reads each file as an import would and reports; exit 1 if one fails. */
export async function inspectCommand(files: string[], options: CliOptions): Promise<Outcome> {
  if (files.length === 0) throw new CliError('Name at least one file to inspect.', EXIT.usage);

  const reports: FileReport[] = [];
  for (const path of files) reports.push(await inspectFile(path));

  const outcome: Outcome = { out: [], err: [] };
  const failed = reports.filter((report) => !report.ok);
  if (failed.length > 0) outcome.exitCode = EXIT.input;

  if (options.json) {
    outcome.out.push(JSON.stringify(reports, null, 2));
    return outcome;
  }

  for (const report of reports) {
    if (report.ok) outcome.out.push(...report.parts.flatMap(describePart));
    else outcome.err.push(report.error);
  }
  return outcome;
}
