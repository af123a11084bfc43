import Papa from 'papaparse';

import { buildTable } from './build-table';
import { sniffDelimiter } from './sniff-delimiter';
import type { Delimiter } from './sniff-delimiter';
import { splitRecords } from './split-records';
import { fileError } from '../failure';
import type { LoopOptions, Table } from '../types';

export interface ReadTableOptions extends LoopOptions {
  /** The file name, for error messages. */
  file?: string;
  /** Forces the separator instead of sniffing it. */
  delimiter?: Delimiter;
}

const CHUNK_CHARS = 1024 * 1024;

/**
 * Reads delimited text into a table: separator sniffed among `, ; TAB |`, quoted fields with
 * separators and newlines, any mix of CRLF and LF, title lines above the header, a second
 * header row, duplicate names and ragged rows. Throws `import-empty` when nothing is in it.
 */
export function readTable(text: string, options: ReadTableOptions = {}): Table {
  const file = options.file ?? '';
  // One newline kind for the whole file: Rogers bundles CRLF headers with LF data. A file with
  // CRLF throughout and no quoted field (where a CRLF would stay in the cell) is read as it is,
  // which spares copying it.
  const newline = lineBreakOf(text);
  const normalised = newline === null ? text.replace(/\r\n?/g, '\n') : text;
  const delimiter = options.delimiter ?? sniffDelimiter(normalised);
  const records = normalised.includes('"')
    ? parseRecords(normalised, delimiter, newline ?? '\n', file, options)
    : splitRecords(normalised, delimiter, newline ?? '\n', file, options);
  // A file ending with a newline yields one empty record; it is not a row the user wrote.
  const last = records.at(-1);
  if (last && last.length === 1 && last[0] === '') records.pop();

  const table = buildTable({
    format: 'csv',
    delimiter,
    records,
    rowNumbers: records.map((_, i) => i + 1),
    // Cells hold only characters of the text: one search of it spares one per cell.
    escapes: normalised.includes('\\'),
  });
  if (!table) throw fileError('import-empty', file);
  return table;
}

// '\n' when no CR is in the text; '\r\n' when every break is CRLF and nothing is quoted; else
// null, and the text must be normalised.
function lineBreakOf(text: string): '\n' | '\r\n' | null {
  let at = text.indexOf('\r');
  if (at < 0) return '\n';
  if (text.includes('"')) return null;

  let crlf = 0;
  for (; at >= 0; at = text.indexOf('\r', at + 2)) {
    if (text.charCodeAt(at + 1) !== 10) return null;
    crlf++;
  }

  let lf = 0;
  for (at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lf++;
  return lf === crlf ? '\r\n' : null;
}

function parseRecords(
  text: string,
  delimiter: Delimiter,
  newline: '\n' | '\r\n',
  file: string,
  { onProgress, signal }: LoopOptions,
): string[][] {
  const records: string[][] = [];
  let aborted = false;

  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    quoteChar: '"',
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      for (const record of results.data) records.push(record);
      onProgress?.({ phase: 'parse', done: results.meta.cursor, total: text.length });
      if (signal?.aborted) {
        aborted = true;
        parser.abort();
      }
    },
    // String input is parsed synchronously, chunk by chunk: all is read once parse returns.
    complete: () => undefined,
  });

  if (aborted) throw fileError('import-cancelled', file);
  return records;
}
