import { Writable } from 'node:stream';

import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { importFile } from '@core/import';
import { readXlsx } from '@core/import/table/read-xlsx';

import { fixture } from './fixtures';
import { readWithExceljs } from './support/exceljs-reader';

const SHEET = 'xl/worksheets/sheet1.xml';

// Only the signature and the directory's stream names tell the reader what an OLE file is, so
// a file with those two and nothing else stands for a real one here.
function oleFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(
    [...streamName].flatMap((char) => [char.charCodeAt(0), 0]),
    bytes.length - 384,
  );
  return bytes;
}

// Rewrites the expanded size an entry's central directory record declares.
function declareSize(bytes: Uint8Array, entry: string, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const name = new TextEncoder().encode(entry);

  for (let at = 0; at + 46 < copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const found = copy.subarray(at + 46, at + 46 + length);
    if (length === name.length && found.every((byte, i) => byte === name[i])) {
      view.setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error(`${entry} is not in the archive`);
}

async function largeWorkbook(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Parc');
  sheet.addRow(['Serial', 'User', 'Note', 'Bought', 'Price', 'Active']);
  for (let i = 0; i < rows; i++) {
    const note = i % 3 === 0 ? { richText: [{ text: 'Écran ' }, { text: `n°${i}` }] } : null;
    const bought = new Date(Date.UTC(2020, 0, 1 + (i % 1500)));
    sheet.addRow([`SN${i}`, `Utilisateur ${i % 97}`, note, bought, i / 8, i % 2 === 0]);
  }
  sheet.getColumn(4).numFmt = 'dd/mm/yyyy';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// exceljs's streaming writer, like many exporters, writes sizes after each entry's data.
async function streamedWorkbook(rows: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true });
  const sheet = writer.addWorksheet('Parc');
  sheet.addRow(['Serial', 'User', 'Enrolled']).commit();
  for (let i = 0; i < rows; i++) {
    const enrolled = new Date(Date.UTC(2024, 0, 1 + (i % 365), i % 24));
    sheet.addRow([`SN${i}`, `Utilisateur ${i % 50}`, enrolled]).commit();
  }
  sheet.getColumn(3).numFmt = 'yyyy-mm-dd hh:mm';
  sheet.commit();
  await writer.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

describe('readXlsx: a sheet read in pieces', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('gives the same table as exceljs whatever falls on the boundaries of the pieces', async () => {
    const bytes = await largeWorkbook(6000);
    const done: number[] = [];
    const table = await readXlsx(bytes, { onProgress: (p) => done.push(p.done) });

    expect(table.rows).toHaveLength(6000);
    expect(table).toEqual(await readWithExceljs(bytes));
    expect(done.length).toBeGreaterThan(1);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });

  it('reads archives streamed with sizes after the data, or stored uncompressed', async () => {
    const streamed = await streamedWorkbook(2000);
    const stored = zipSync(unzipSync(streamed), { level: 0 });

    expect(await readXlsx(streamed)).toEqual(await readWithExceljs(streamed));
    expect(await readXlsx(stored)).toEqual(await readWithExceljs(streamed));
  });

  it('reads the same where the engine has no DecompressionStream (fflate inflates)', async () => {
    const bytes = await largeWorkbook(1500);
    const native = await readXlsx(bytes);
    vi.stubGlobal('DecompressionStream', undefined);

    expect(await readXlsx(bytes)).toEqual(native);
  });

  it('stops when the caller aborts', async () => {
    const signal = { aborted: false };
    const reading = readXlsx(await largeWorkbook(3000), {
      file: 'parc.xlsx',
      signal,
      onProgress: () => (signal.aborted = true),
    });

    await expect(reading).rejects.toMatchObject({
      code: 'import-cancelled',
      params: { file: 'parc.xlsx' },
    });
  });
});

describe('readXlsx: files it refuses, naming them', () => {
  const bytes = fixture('xlsx-inline-strings.xlsx');

  it('refuses a truncated workbook as unreadable', async () => {
    const cut = bytes.subarray(0, Math.floor(bytes.length / 2));

    await expect(readXlsx(cut, { file: 'cut.xlsx' })).rejects.toMatchObject({
      code: 'import-xlsx-unreadable',
      params: { file: 'cut.xlsx' },
    });
  });

  it('refuses a cell whose reference runs past column XFD instead of filling the gap', async () => {
    const parts = unzipSync(bytes);
    parts[SHEET] = strToU8(strFromU8(parts[SHEET]).replace('r="B2"', 'r="AAAAAAAAB2"'));

    await expect(readXlsx(zipSync(parts), { file: 'bad.xlsx' })).rejects.toMatchObject({
      code: 'import-xlsx-unreadable',
      params: { file: 'bad.xlsx' },
    });
  });

  it('tells a password-protected workbook from a legacy .xls', async () => {
    await expect(
      readXlsx(oleFile('EncryptedPackage'), { file: 'locked.xlsx' }),
    ).rejects.toMatchObject({
      code: 'import-xlsx-unreadable',
      params: { file: 'locked.xlsx', reason: 'password-protected' },
    });
    await expect(readXlsx(oleFile('Workbook'), { file: 'old.xls' })).rejects.toMatchObject({
      code: 'import-xlsx-unreadable',
      params: { file: 'old.xls', reason: 'legacy-xls' },
    });
  });

  it('refuses a sheet that expands past the size its archive declares', async () => {
    const lying = declareSize(bytes, SHEET, 100);

    await expect(readXlsx(lying, { file: 'bomb.xlsx' })).rejects.toMatchObject({
      code: 'import-zip-too-large',
      params: { file: 'bomb.xlsx' },
    });
  });

  it('refuses a workbook whose parts declare more than the limit, unexpanded', async () => {
    const huge = declareSize(bytes, SHEET, 300 * 1024 * 1024);

    await expect(readXlsx(huge, { file: 'huge.xlsx' })).rejects.toMatchObject({
      code: 'import-zip-too-large',
    });
  });
});

describe('importFile: workbooks it cannot read', () => {
  it('names a password-protected workbook instead of reading it as text', async () => {
    const result = await importFile({ name: 'locked.xlsx', bytes: oleFile('EncryptedPackage') });

    expect(!result.ok && result.error).toMatchObject({
      code: 'import-xlsx-unreadable',
      params: { file: 'locked.xlsx', reason: 'password-protected' },
    });
  });

  it('applies the caller’s expansion limit to a workbook', async () => {
    const bytes = fixture('xlsx-inline-strings.xlsx');
    const result = await importFile(
      { name: 'parc.xlsx', bytes },
      { limits: { maxTotalBytes: 1000 } },
    );

    expect(!result.ok && result.error).toMatchObject({
      code: 'import-zip-too-large',
      params: { file: 'parc.xlsx', limit: 1000 },
    });
  });
});
