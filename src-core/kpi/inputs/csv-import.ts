import Papa from 'papaparse';

import { INPUT_COLUMNS } from './columns';
import type { InputColumn } from './columns';
import { convertCell, foldText } from './csv-cells';
import { validateInputRow } from './families';
import type { InputFamily, InputRow } from './families';

// The small import of the Saisies tab: a spreadsheet of one family's rows, saved as CSV. The
// file lands whole or not at all, so every problem of every row is gathered before deciding.

/** One reason the file cannot be imported, placed as the consultant sees it in the file. */
export interface InputsCsvProblem {
  file: string;
  /** The row in the file, header = 1; null when the file as a whole is refused. */
  row: number | null;
  /** The header cell as written in the file; '' when the problem is not one column's. */
  column: string;
  /** The family's field of that column, when known, to name it in the UI's language. */
  field: string | null;
  value: string;
  /** A code: `empty`, `no-header`, `missing-column`, or a cell's reason (`date`, `number`…). */
  reason: string;
}

export type InputsCsvResult<F extends InputFamily> =
  { ok: true; rows: InputRow<F>[] } | { ok: false; problems: InputsCsvProblem[] };

interface Placed {
  column: InputColumn;
  index: number;
  header: string;
}

function namesOf(column: InputColumn): Set<string> {
  return new Set([column.field, column.label.fr, column.label.en].map(foldText));
}

// Each field takes the first header cell that names it; extra columns are ignored.
function placeColumns(family: InputFamily, header: readonly string[]): Placed[] {
  const folded = header.map(foldText);
  return INPUT_COLUMNS[family].flatMap((column) => {
    const names = namesOf(column);
    const index = folded.findIndex((cell) => names.has(cell));
    return index < 0 ? [] : [{ column, index, header: (header[index] ?? '').trim() }];
  });
}

const isBlank = (record: readonly string[]) => record.every((cell) => cell.trim() === '');

// The header line decides: the candidate it holds most often. Papa's own guess wants every
// line to agree, which a two-column file with a blank last line already fails.
function sniffDelimiter(text: string): string {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = DELIMITERS.map((candidate) => header.split(candidate).length - 1);
  const best = Math.max(...counts);
  return best === 0 ? ',' : (DELIMITERS[counts.indexOf(best)] ?? ',');
}

const DELIMITERS = [';', ',', '\t'] as const;

function readRecords(text: string): { records: string[][]; delimiter: string } {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = sniffDelimiter(body);
  return { records: Papa.parse<string[]>(body, { delimiter }).data, delimiter };
}

function fileProblem(file: string, reason: string, field: string | null = null): InputsCsvProblem {
  return { file, row: field ? 1 : null, column: '', field, value: '', reason };
}

// One row's cells converted and checked; its problems, or the row with a fresh id.
function readRow<F extends InputFamily>(
  family: F,
  placed: readonly Placed[],
  record: readonly string[],
  where: { file: string; row: number; decimalComma: boolean },
): { row: InputRow<F> } | { problems: InputsCsvProblem[] } {
  const raw: Record<string, unknown> = { id: crypto.randomUUID() };
  const problems: InputsCsvProblem[] = [];
  const { file, row, decimalComma } = where;
  const problem = (at: Placed | undefined, field: string, value: string, reason: string) => {
    problems.push({ file, row, column: at?.header ?? '', field, value, reason });
  };

  for (const at of placed) {
    const value = record[at.index] ?? '';
    const converted = convertCell(at.column, value, decimalComma);
    if (converted.ok) raw[at.column.field] = converted.value;
    else problem(at, at.column.field, value.trim(), converted.reason);
  }
  for (const column of INPUT_COLUMNS[family]) {
    // An optional column the file lacks takes its empty value, as an empty cell would.
    if (!(column.field in raw)) raw[column.field] = emptyOf(column);
  }
  if (problems.length > 0) return { problems };

  const checked = validateInputRow(family, raw);
  if (checked.ok) return { row: checked.row };
  for (const [field, reason] of Object.entries(checked.issues)) {
    const at = placed.find((candidate) => candidate.column.field === field);
    problem(at, field, at ? (record[at.index] ?? '').trim() : '', reason);
  }
  return { problems };
}

function emptyOf(column: InputColumn): unknown {
  const converted = convertCell(column, '');
  return converted.ok ? converted.value : undefined;
}

/** Reads one family's rows from CSV text; all the rows, or every problem found. */
export function parseInputsCsv<F extends InputFamily>(
  family: F,
  text: string,
  fileName: string,
): InputsCsvResult<F> {
  const { records, delimiter } = readRecords(text);
  const headerAt = records.findIndex((record) => !isBlank(record));
  const header = records[headerAt];
  if (!header) return { ok: false, problems: [fileProblem(fileName, 'empty')] };

  const placed = placeColumns(family, header);
  if (placed.length === 0) return { ok: false, problems: [fileProblem(fileName, 'no-header')] };
  // A yes/no column the file lacks reads as "no", as an unticked box does in the editor.
  const missing = INPUT_COLUMNS[family].filter(
    (column) =>
      !column.optional &&
      column.type !== 'flag' &&
      !placed.some((at) => at.column.field === column.field),
  );
  if (missing.length > 0) {
    const problem = (column: InputColumn) => fileProblem(fileName, 'missing-column', column.field);
    return { ok: false, problems: missing.map(problem) };
  }

  const rows: InputRow<F>[] = [];
  const problems: InputsCsvProblem[] = [];
  records.forEach((record, index) => {
    if (index <= headerAt || isBlank(record)) return;
    const where = { file: fileName, row: index + 1, decimalComma: delimiter !== ',' };
    const read = readRow(family, placed, record, where);
    if ('row' in read) rows.push(read.row);
    else problems.push(...read.problems);
  });
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [fileProblem(fileName, 'empty')] };
  return { ok: true, rows };
}
