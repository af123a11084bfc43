import { describe, expect, it } from 'vitest';

import { readTable } from '@core/import/table/read-csv';
import { readJsonTable } from '@core/import/table/read-json';
import { listSheets, readXlsx } from '@core/import/table/read-xlsx';
import { sniffDelimiter } from '@core/import/table/sniff-delimiter';
import { decodeText } from '@core/import/text/decode';

import { fixture } from './fixtures';

const tableOf = (name: string): ReturnType<typeof readTable> =>
  readTable(decodeText(fixture(name)).text, { file: name });

describe('sniffDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1,5;2,5;3\n4,1;5;6\n', ';'],
    ['\ta\tb\n\t1\t2\n', '\t'],
    ['a|b|c|\n1|2|3|\n', '|'],
    ['"x;y",b,c\n"1;2",3,4\n', ','],
    ['NumNF;MesRef;TotalGeral,,,\n1;03/11;6593,4,\n', ';'],
  ])('finds the separator of %j', (text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });
});

describe('readTable', () => {
  it('keeps quoted commas, doubled quotes and line breaks inside one cell', () => {
    const table = tableOf('quoted-multiline-crlf.csv');

    expect(table.header).toEqual(['Serial', 'Model', 'User', 'Notes']);
    expect(table.rows).toEqual([
      ['SN-001', 'Galaxy S23, 256 Go', 'Marie Dupont', 'Écran fissuré\nremplacé le 12/03'],
      ['SN-002', 'iPhone 14 "Pro"', 'Jean Leroy', ''],
    ]);
    expect(table.rowNumbers).toEqual([2, 3]);
  });

  it('reads the same rows whatever mix of CRLF, LF and CR ends the lines', () => {
    const rows = [
      ['1', 'a'],
      ['2', 'b'],
      ['3', 'c'],
    ];
    for (const text of [
      'n;v\r\n1;a\r\n2;b\r\n3;c\r\n',
      'n;v\r\n1;a\n2;b\r\n3;c',
      'n;v\r1;a\r2;b\r\n3;c\r\n',
      'n;v\n1;a\n2;b\n3;c\n',
    ]) {
      const table = readTable(text);
      expect([text, table.header, table.rows]).toEqual([text, ['n', 'v'], rows]);
    }
  });

  it('skips title lines above the header and numbers rows as they appear in the file', () => {
    const table = tableOf('preamble-title-lines-pipe.txt');

    expect(table.delimiter).toBe('|');
    expect(table.header).toEqual([
      'Wireless Number',
      'User Name',
      'Monthly Service Fee',
      'Total Current Charges',
    ]);
    expect(table.rows[0]).toEqual(['4165550101', 'Tremblay', '45.00', '52.64']);
    expect(table.rowNumbers).toEqual([4, 5]);
  });

  it('takes a second header row (Bell: English then French) and trims padded cells', () => {
    const table = tableOf('bell-style-double-header-latin1.csv');

    expect(table.header).toEqual(['Acct Nbr', 'Invc Date', 'Mobile Nbr', 'Surname', 'Ttl Charges']);
    expect(table.headerRows[1]).toEqual([
      'Num compte',
      'Date fact',
      'Num tél mo',
      'Nom',
      'Tot fr cour',
    ]);
    expect(table.rows[1]).toEqual(['acct-1', '2023/02/01', '4165550102', 'Côté', '47.00']);
    expect(table.rowNumbers[0]).toBe(3);
  });

  it('names repeated headers apart and blank ones by position', () => {
    const table = readTable('Address,Address,,City\n1 rue,Bât B,x,Paris\n');

    expect(table.header).toEqual(['Address', 'Address (2)', 'Column 3', 'City']);
  });

  it('drops a repeated header row and a comma tail, and pads ragged rows', () => {
    const text = 'NumNF;MesRef;Valor,,,\n1;03/11;0,34\nNumNF;MesRef;Valor,,,\n2;03/11\n';
    const table = readTable(text);

    expect(table.header).toEqual(['NumNF', 'MesRef', 'Valor']);
    expect(table.rows).toEqual([
      ['1', '03/11', '0,34'],
      ['2', '03/11', ''],
    ]);
    expect(table.rowNumbers).toEqual([2, 4]);
    expect(table.skippedRows).toBe(1);
  });

  it('keeps cells beyond the header under generated names', () => {
    const table = readTable('a,b\n1,2,3\n');

    expect(table.header).toEqual(['a', 'b', 'Column 3']);
    expect(table.rows).toEqual([['1', '2', '3']]);
  });

  it('refuses a file with nothing in it', () => {
    expect(() => readTable('\r\n \r\n', { file: 'vide.csv' })).toThrow(
      expect.objectContaining({ code: 'import-empty', params: { file: 'vide.csv' } }),
    );
  });

  it('reports progress and stops when aborted', () => {
    const text = 'a,b\n' + '1,2\n'.repeat(400_000);
    const seen: number[] = [];

    readTable(text, { onProgress: (p) => seen.push(p.done) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(text.length);

    expect(() => readTable(text, { signal: { aborted: true } })).toThrow(
      expect.objectContaining({ code: 'import-cancelled' }),
    );
  });
});

describe('readXlsx', () => {
  const bytes = fixture('asset-register-dates-as-serials-two-sheets.xlsx');

  it('reads the first sheet holding data, dates as ISO text and numbers in full', async () => {
    const table = await readXlsx(bytes);

    expect(table.sheetName).toBe('Parc');
    expect(table.header).toEqual([
      'Model',
      'Serial number',
      'IMEI',
      'User',
      'Purchase date',
      'Purchase price',
    ]);
    expect(table.rows).toEqual([
      ['iPhone 13', 'F2LXK0ABCD12', '352099001761481', 'Marie Dupont', '2023-02-01', '1029'],
      ['Galaxy A54', 'R58T30ABCDE', '356938035643809', 'Jean Leroy', '2024-01-03', '449.9'],
    ]);
    expect(table.raw?.[0][2]).toBe(352099001761481);
    expect(table.raw?.[1][5]).toBe(449.9);
  });

  it('lists the sheets and reads a chosen one', async () => {
    expect(await listSheets(bytes)).toEqual(['Notes', 'Parc']);
    await expect(readXlsx(bytes, { sheet: 'Notes', file: 'parc.xlsx' })).rejects.toMatchObject({
      code: 'import-empty',
    });
  });

  it('refuses bytes that are not a workbook', async () => {
    await expect(readXlsx(new Uint8Array([1, 2, 3]), { file: 'x.xlsx' })).rejects.toMatchObject({
      code: 'import-xlsx-unreadable',
    });
  });
});

describe('readJsonTable', () => {
  it("reads Graph's { value: [...] } with keys as columns and nested objects flattened", () => {
    const text = JSON.stringify({
      value: [
        { id: 'a', Memory: { TotalStorage: 13871341568 }, email: ['x@y.fr', 'z@y.fr'] },
        { id: 'b', extra: true },
      ],
    });
    const table = readJsonTable(text);

    expect(table.header).toEqual(['id', 'Memory.TotalStorage', 'email', 'extra']);
    expect(table.rows).toEqual([
      ['a', '13871341568', 'x@y.fr; z@y.fr', ''],
      ['b', '', '', 'true'],
    ]);
  });

  it('refuses JSON that is not a list of objects', () => {
    expect(() => readJsonTable('{"a":1}', 'x.json')).toThrow(
      expect.objectContaining({ code: 'import-json-invalid' }),
    );
    expect(() => readJsonTable('[1,', 'x.json')).toThrow(
      expect.objectContaining({ code: 'import-json-invalid' }),
    );
  });
});
