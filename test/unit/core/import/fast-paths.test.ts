// A 200,000-row bill takes shortcuts (cells not searched for escapes, the header found in the
// first records only, parses remembered from the row before, questions answered as the row
// before); each must give what the full reading gives, on the cells that make it hard.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { mapRows, readTable } from '@core/import';
import type { ColumnMapping } from '@core/import';
import { isTrimmed } from '@core/import/map/field-checks';
import { ParseMemo } from '@core/import/map/memo';
import { cleanCell } from '@core/import/table/clean-cell';
import { splitRecords } from '@core/import/table/split-records';
import type { Parsed, Table } from '@core/import/types';

const TRICKY_CELLS = [
  '',
  '   ',
  ' 19,99 ',
  '\u00a012,50\u00a0',
  '\u202f1 234,56\u202f',
  '\ufeffLigne',
  '\t06 12 34 56 78\t',
  '(12,00)',
  '12,00-',
  "'+33612345678",
  "  '=SUM(A1)  ",
  "'quoted",
  "'",
  '"déjà cité"',
  '\u2003Marie Dupont\u2003',
  'Dupré',
];

describe('cells of a file without a backslash', () => {
  it.each(TRICKY_CELLS)('are cleaned alike without the escape search: %j', (cell) => {
    expect(cleanCell(cell, false)).toBe(cleanCell(cell, true));
  });

  it('still lose the escape of `\\|` when the file holds one', () => {
    const table = readTable('Nom;Note\nA;x\\|y\nB; z \n');

    expect(table.rows).toEqual([
      ['A', 'x|y'],
      ['B', 'z'],
    ]);
  });
});

// Papaparse fed 1 MB at a time, as the reader feeds it text that holds quotes.
function papaRecords(text: string, delimiter: string, newline: '\n' | '\r\n'): string[][] {
  const records: string[][] = [];
  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    skipEmptyLines: false,
    chunkSize: 1024 * 1024,
    chunk(results: Papa.ParseResult<string[]>) {
      for (const record of results.data) records.push(record);
    },
    complete: () => undefined,
  });
  return records;
}

// Each text with its separator; a CR in it means CRLF line breaks.
const QUOTELESS: [string, string][] = [
  ['', ';'],
  ['a;b\r\n1;2\r\n', ';'],
  ['\ufeffa;b\n\n 1 ; 2 \n;\n', ';'],
  ['\ufeff\ufeffa,b\n1,2', ','],
  ['a\tb\t\n\t\t\n1\t\u00a02', '\t'],
  ['a|b\n1|2|3\n4\n', '|'],
  [`h;v\n${'x'.repeat(1_500_000)};y\n${'1;2\n'.repeat(300_000)}`, ';'],
];

describe('text without a quote', () => {
  it.each(QUOTELESS)('is split as papaparse reads it: %#', (text, delimiter) => {
    const newline = text.includes('\r') ? '\r\n' : '\n';

    expect(splitRecords(text, delimiter, newline, 'f.csv', {})).toEqual(
      papaRecords(text, delimiter, newline),
    );
  });
});

describe('records past the first 200', () => {
  const header = 'Ligne;Période;Total';
  const data = (from: number, count: number): string[] =>
    Array.from({ length: count }, (_, i) => `06000${from + i};2024-01;${i},50`);

  it('are cleaned, kept, left out and squared as the first ones are', () => {
    const text = [
      'Facture détaillée',
      header,
      ...data(0, 250),
      '',
      ' ; ; ',
      'LIGNE;période;TOTAL',
      "  0699999999 ; '=1 ;\u00a07,00\u00a0",
      '0688888888;2024-02',
      '0677777777;2024-03;1,00;en trop',
      'a\\|b;2024-04;2,00',
    ].join('\r\n');

    const table = readTable(text);

    expect(table.header).toEqual(['Ligne', 'Période', 'Total', 'Column 4']);
    expect(table.headerRow).toBe(2);
    expect(table.rows).toHaveLength(254);
    expect(table.rows.slice(250)).toEqual([
      ['0699999999', '=1', '7,00', ''],
      ['0688888888', '2024-02', '', ''],
      ['0677777777', '2024-03', '1,00', 'en trop'],
      ['a|b', '2024-04', '2,00', ''],
    ]);
    expect(table.rowNumbers.slice(248)).toEqual([251, 252, 256, 257, 258, 259]);
    expect(table.skippedRows).toBe(4);
  });
});

const INVOICE: ColumnMapping = {
  lineNumber: 'Ligne',
  number: 'Numéro',
  period: 'Période',
  planCharge: 'Forfait',
  dataMb: 'Data',
  totalExVat: 'Total',
};
const HEADER = ['Ligne', 'Numéro', 'Période', 'Forfait', 'Data', 'Total'];

function tableOf(rows: string[][], rowNumbers: number[]): Table {
  return {
    format: 'csv',
    delimiter: ';',
    header: HEADER,
    headerRows: [HEADER],
    rows,
    rowNumbers,
    skippedRows: 0,
  };
}

describe('invoice rows mapped one after the other', () => {
  it('come out as each row mapped on its own, errors and rejections included', () => {
    const rows = [
      ['06 12 34 56 78', '', '2024-01', '19,99', '1 024,5', '21,49'],
      ['06 12 34 56 78', '', '2024-02', '19,99', '2 Go', '21,49'],
      ['', '', '2024-02', '19,99', '1', '2'],
      ['', '07 12 34 56 78', 'du 17/02/2024 au 16/03/2024', '(3,00)', '', '-3'],
      ['06 12 34 56 78', '', 'mars', 'abc', '1', '2'],
      ['06 12 34 56 79', '', '2024-02', '12,00-', '3', 'x'],
      ['06 12 34 56 79', '', '2024-02', '12,00', '3', '12'],
      ['3.36E+10', '', '2024-02', '1', '1', '1'],
    ];
    const rowNumbers = rows.map((_, i) => i + 2);
    const map = (table: Table) =>
      mapRows(table, { dataset: 'invoices', mapping: INVOICE }, { file: 'f.csv' });

    const together = map(tableOf(rows, rowNumbers));
    const alone = rows.map((row, i) => map(tableOf([row], [rowNumbers[i]])));

    expect(together.rows).toEqual(alone.flatMap((result): unknown[] => result.rows));
    expect(together.errors).toEqual(alone.flatMap((result) => result.errors));
    expect(together.rejectedRows).toBe(4);
  });
});

describe('a remembered parse', () => {
  it('answers a value repeated on the next rows as the parse does, once per run', () => {
    let calls = 0;
    const parse = (value: string): Parsed<number> => {
      calls++;
      return value === 'x'
        ? { ok: false, code: 'import-number-invalid' }
        : { ok: true, value: +value };
    };
    const memo = new ParseMemo(parse);
    const values = ['1', '1', '1', 'x', 'x', '2', '1', '1'];

    expect(values.map((value) => memo.get(value))).toEqual(values.map(parse));
    expect(calls).toBe(values.length + 3);
  });
});

const EDGES = ['Dupré', 'Siège', 'été ', ' été', 'a\u00a0', '\u1680a', 'a\u2003', 'Œuvre'];

describe('isTrimmed', () => {
  it.each(EDGES)('agrees with trim on %j, accented edges read without a pattern', (value) => {
    expect(isTrimmed(value)).toBe(value.trim() === value);
  });
});
