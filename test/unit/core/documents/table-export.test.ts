import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { tableFileName, tableToCsv, tableToXlsx } from '@core/documents/table-export';
import type { ShownTable } from '@core/documents/table-export';

const evil = '=HYPERLINK("http://evil.example","clic")';

// Rows as a screen shows them after a sort: accents, a phone number, separators inside cells.
const shown: ShownTable = {
  headers: ['Numéro', 'Utilisateur', 'Prix HT'],
  rows: [
    ['+33 6 12 34 56 78', 'Zoé Lefèvre', '12,50 €'],
    ['06 98 76 54 32', evil, '1 234,00 €'],
    ['07 11 22 33 44', 'Dupont; "Jean"', ''],
  ],
};

function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function readSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0];
}

describe('tableToCsv', () => {
  it('writes the rows in order under the headers, separated by ; in French', () => {
    const text = tableToCsv(shown, 'fr');

    expect(text.split('\r\n')[0]).toBe('\uFEFFNuméro;Utilisateur;Prix HT');
    expect(readCsv(text)).toEqual([
      shown.headers,
      shown.rows[0],
      ['06 98 76 54 32', `'${evil}`, '1 234,00 €'],
      shown.rows[2],
    ]);
  });

  it('separates with commas in English and quotes the cells that hold one', () => {
    const text = tableToCsv(shown, 'en');

    expect(text).toContain('"12,50 €"');
    expect(readCsv(text).map((row) => row.length)).toEqual([3, 3, 3, 3]);
    expect(readCsv(text)[2][1]).toBe(`'${evil}`);
  });

  it('writes the header line alone when the filter left no row', () => {
    expect(readCsv(tableToCsv({ headers: ['A', 'B'], rows: [] }, 'fr'))).toEqual([['A', 'B']]);
  });
});

describe('tableToXlsx', () => {
  it('holds the headers and rows in order, formulas kept as text', async () => {
    const sheet = await readSheet(await tableToXlsx(shown, { sheetName: 'Appareils' }));

    expect(sheet.name).toBe('Appareils');
    expect(sheet.rowCount).toBe(4);
    const values = (row: number) =>
      shown.headers.map((_, column) => sheet.getRow(row).getCell(column + 1).value);
    expect(values(1)).toEqual(shown.headers);
    expect(values(2)).toEqual(shown.rows[0]);
    expect(values(3)).toEqual(['06 98 76 54 32', `'${evil}`, '1 234,00 €']);
    expect(values(4)).toEqual(['07 11 22 33 44', 'Dupont; "Jean"', null]);
    expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.String);
  });

  it('has a bold, frozen and filtered header and columns sized to their text', async () => {
    const sheet = await readSheet(await tableToXlsx(shown, { sheetName: 'x' }));

    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const widths = sheet.columns.map((column) => column.width ?? 0);
    expect(widths[1]).toBeGreaterThan(widths[2]);
    expect(Math.max(...widths)).toBeLessThanOrEqual(60);
  });

  it('cleans a sheet name Excel would refuse', async () => {
    const name = 'Lignes [sans] appareil: liste / export très long';
    const sheet = await readSheet(await tableToXlsx(shown, { sheetName: name }));

    expect(sheet.name).not.toMatch(/[[\]:*?/\\]/);
    expect(sheet.name.length).toBeLessThanOrEqual(31);
  });
});

describe('tableFileName', () => {
  it('names the file after the table and the day, without forbidden characters', () => {
    expect(tableFileName('ACME / Appareils', '2026-12-03T10:00:00Z', 'csv')).toBe(
      'ACME Appareils 2026-12-03.csv',
    );
  });
});
