import { describe, expect, it } from 'vitest';

import { listSheets, readXlsx } from '@core/import/table/read-xlsx';

import { fixture } from './fixtures';
import { readWithExceljs, sheetNamesWithExceljs } from './support/exceljs-reader';

// Every workbook exceljs can read: written by exceljs itself, or by the clients' tools.
const EXCELJS_READABLE = [
  'xlsx-shared-strings-rich-text.xlsx',
  'xlsx-inline-strings.xlsx',
  'xlsx-dates-built-in-and-custom-formats.xlsx',
  'xlsx-date1904-system.xlsx',
  'xlsx-booleans-errors-formulas-cached.xlsx',
  'xlsx-merged-header-row-4-thirty-columns.xlsx',
  'xlsx-two-header-rows-data-on-second-sheet.xlsx',
  'asset-register-dates-as-serials-two-sheets.xlsx',
  'bell-cost-overview-trailing-empty-rows.xlsx',
  'bell-hardware-report-device-per-line.xlsx',
  'bell-invoice-charge-one-row-per-charge.xlsx',
  'bell-usage-overview-zone-columns.xlsx',
  'bell-user-profile-feature-columns.xlsx',
  'plan-catalogue-en-gb-column.xlsx',
];

describe('readXlsx gives the tables the exceljs Workbook reader gave', () => {
  it.each(EXCELJS_READABLE)('%s', async (name) => {
    const bytes = fixture(name);

    expect(await readXlsx(bytes)).toEqual(await readWithExceljs(bytes));
    expect(await listSheets(bytes)).toEqual(await sheetNamesWithExceljs(bytes));
  });

  it('reads a sheet chosen by name or position the same way', async () => {
    const bytes = fixture('xlsx-two-header-rows-data-on-second-sheet.xlsx');

    expect(await readXlsx(bytes, { sheet: 2 })).toEqual(await readWithExceljs(bytes, 2));
    expect(await readXlsx(bytes, { sheet: 'Lignes' })).toEqual(await readWithExceljs(bytes, 2));
  });
});

describe('readXlsx: what the user sees in Excel', () => {
  it('joins rich text runs and keeps shared strings, entities and long numbers', async () => {
    const table = await readXlsx(fixture('xlsx-shared-strings-rich-text.xlsx'));

    expect(table.rows.map((row) => row.slice(1, 3))).toEqual([
      ['Marie Dupont', 'Écran fêlé'],
      ['Jean Leroy', 'R&D <lab> "B" \'2\''],
      ['Zoë Ångström', 'abc'],
      ['Zoë Ångström', 'Pixel 8'],
    ]);
    expect(table.rows[0][3]).toBe('352099001761481');
    expect(table.raw?.[1][1]).toBe('  Jean Leroy  ');
    expect(table.raw?.[2][4]).toBe(-12.5);
  });

  it('reads inline strings, rich inline runs included', async () => {
    const table = await readXlsx(fixture('xlsx-inline-strings.xlsx'));

    expect(table.rows).toEqual([
      ['0612345678', 'Marie Dupont', 'Pro 20 Go €', '12.5'],
      ['0698765432', 'Jean & Léa', 'Essentiel', '3'],
      ['0611111111', 'Rich text', 'Essentiel', '0'],
    ]);
  });

  it('turns serials into dates only under a date or time format', async () => {
    const table = await readXlsx(fixture('xlsx-dates-built-in-and-custom-formats.xlsx'));

    expect(table.rows[0]).toEqual([
      '2023-02-01',
      '2024-01-03',
      '1999-12-31',
      '2024-02-29T13:45:00',
      '1899-12-30T08:30:00',
      '2025-07-14',
      '12.5',
      '1234',
      '0.25',
      '1899-12-31T12:00:00',
    ]);
    expect(table.rows[1].slice(0, 3)).toEqual(['1900-03-01', '2038-01-19', '2000-02-29']);
    expect(table.raw?.[0][0]).toEqual(new Date(Date.UTC(2023, 1, 1)));
  });

  it('counts serials from 1904 when the workbook says so', async () => {
    const table = await readXlsx(fixture('xlsx-date1904-system.xlsx'));

    expect(table.rows).toEqual([
      ['MacBook Air', '2022-06-15', '2024-03-01T09:15:00'],
      ['iMac', '2021-01-04', '2024-03-02T18:00:00'],
    ]);
  });

  it('gives formulas their cached result, booleans as TRUE/FALSE, errors as blanks', async () => {
    const table = await readXlsx(fixture('xlsx-booleans-errors-formulas-cached.xlsx'));

    expect(table.rows).toEqual([
      ['abc', 'TRUE', '5', '10', 'ABC', '2025-01-31', '', '', 'site'],
      ['def', 'FALSE', '6', '12', 'DEF', '', 'ok', '0.5', 'none'],
    ]);
    expect(table.raw?.[0].slice(1, 4)).toEqual([true, 5, 10]);
  });

  it('finds a header on row 4 under titles, names merged cells, reads past column Z', async () => {
    const table = await readXlsx(fixture('xlsx-merged-header-row-4-thirty-columns.xlsx'));

    expect(table.header.slice(0, 5)).toEqual([
      'Serial number',
      'User',
      'User (2)',
      'Model',
      'Field 5',
    ]);
    expect(table.header).toHaveLength(30);
    expect(table.rowNumbers).toEqual([5, 6, 8, 9]);
    expect(table.rows[1].slice(3, 8)).toEqual(['', '30', '36', '', '48']);
    expect(table.rows[3][29]).toBe('end');
  });

  it('passes over an empty first sheet and reads two header rows merged down', async () => {
    const bytes = fixture('xlsx-two-header-rows-data-on-second-sheet.xlsx');
    const table = await readXlsx(bytes);

    expect(table.sheetName).toBe('Lignes');
    expect(table.headerRows).toEqual([
      ['Line', 'Plan', 'Amount', 'Data used'],
      ['Line', 'Forfait', 'Montant', 'Données utilisées'],
    ]);
    expect(table.rowNumbers).toEqual([3, 4, 5, 6]);
    await expect(readXlsx(bytes, { sheet: 1, file: 'b.xlsx' })).rejects.toMatchObject({
      code: 'import-empty',
      params: { file: 'b.xlsx' },
    });
  });

  // Written by hand the way the OpenXML SDK writes: every element prefixed, absolute targets,
  // cells without references, phonetic guides and Excel's _x000D_ escapes. exceljs fails on it.
  it('reads prefixed XML, absolute part paths, phonetic guides and cells without r', async () => {
    const bytes = fixture('xlsx-prefixed-xml-absolute-targets.xlsx');
    const table = await readXlsx(bytes);

    expect(await listSheets(bytes)).toEqual(['Export & co']);
    expect(table.header).toEqual(['Device', 'Holder', 'Bought', 'Price']);
    expect(table.rows).toEqual([
      ['iPhone 15', '東京', '2024-03-01', '1234.5'],
      ['Pixel 8', 'Line\rbreak', '2023-03-15T18:00:00', 'TRUE'],
    ]);
    expect(table.rowNumbers).toEqual([4, 6]);
  });
});
