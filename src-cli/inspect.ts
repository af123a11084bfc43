// `inspect`: what FleetAudit makes of each file (and each archive entry) before importing it:
// its kind, how it reads, the mapping, the rows accepted and every row rejected, with why.
import type { CliOptions } from './args';
import { CliError, EXIT } from './cli-error';
import type { Outcome } from './commands';
import { inspectFile } from './inspect-report';
import type { FileReport, TableReport } from './inspect-report';

// Text is for a human at a terminal; --json gives every rejected row.
const REJECTED_SHOWN = 20;

const SEPARATORS: Record<string, string> = {
  '\t': 'tab',
  ';': 'semicolon',
  ',': 'comma',
  '|': 'pipe',
};

function describeReading(part: TableReport): string {
  const separator = part.delimiter && `separator ${SEPARATORS[part.delimiter] ?? part.delimiter}`;
  return [
    part.format,
    part.encoding,
    separator,
    part.hadBom && 'BOM',
    part.sheet && `sheet ${part.sheet}`,
    part.headerRow !== null && `header on row ${part.headerRow}`,
  ]
    .filter(Boolean)
    .join(', ');
}

function describeKind(part: TableReport): string {
  if (part.kind === 'unknown') {
    return 'kind unknown: not recognised with confidence; map its columns in the app';
  }
  const currency = part.currency ? `, amounts in ${part.currency}` : '';
  const dataset = part.dataset ? `, dataset ${part.dataset}` : '';
  const confidence = `confidence ${part.confidence.toFixed(2)}`;
  return `kind ${part.kind} (source ${part.source}${dataset}, ${confidence})${currency}`;
}

function describeMapping(part: TableReport): string {
  const pairs = Object.entries(part.mapping).map(([field, column]) => `${field} = "${column}"`);
  const label = part.kind === 'unknown' ? 'suggested mapping' : 'mapping';
  return pairs.length === 0 ? `${label}: none` : `${label}: ${pairs.join(', ')}`;
}

function describePart(part: TableReport): string[] {
  const counts =
    `rows: ${part.rowsRead} read, ${part.accepted} accepted, ${part.rejected.length} ` +
    `rejected, ${part.totals} totals, ${part.skipped} skipped`;
  const rejected = part.rejected.slice(0, REJECTED_SHOWN).map((rejection) => {
    const column = rejection.column ? `, column "${rejection.column}"` : '';
    const value = rejection.value ? `, value "${rejection.value}"` : '';
    return `  rejected: row ${rejection.row}${column}${value}: ${rejection.reason}`;
  });
  const more = part.rejected.length - rejected.length;

  return [
    part.name,
    `  ${describeReading(part)}`,
    `  ${describeKind(part)}`,
    `  ${describeMapping(part)}`,
    ...(part.notice ? [`  ${part.notice}`] : []),
    `  ${counts}`,
    ...rejected,
    ...(more > 0 ? [`  … and ${more} more rejected rows (--json lists them all)`] : []),
    ...(part.records ?? []).map((record) => `  record: ${JSON.stringify(record)}`),
  ];
}

/** `inspect <files...>`: reports every file, then exits 1 if any was refused. */
export async function inspectCommand(files: string[], options: CliOptions): Promise<Outcome> {
  if (files.length === 0) throw new CliError('Name at least one file to inspect.', EXIT.usage);

  const reports: FileReport[] = [];
  for (const path of files) reports.push(await inspectFile(path, options.records === true));

  const outcome: Outcome = { out: [], err: [] };
  if (reports.some((report) => report.error !== undefined)) outcome.exitCode = EXIT.input;

  if (options.json) {
    outcome.out.push(JSON.stringify(reports, null, 2));
    return outcome;
  }

  for (const report of reports) {
    if (report.error !== undefined) outcome.err.push(report.error);
    else outcome.out.push(...report.parts.flatMap(describePart));
  }
  return outcome;
}
