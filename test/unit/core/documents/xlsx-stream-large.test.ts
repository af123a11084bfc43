// The streaming writer on a large sheet and on awkward text: the file reads back whole, its
// bytes leave as rows are written, and its styles stay few however many cells share them.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { AppError } from '@core/errors/app-error';
import { buildWorkbookBytes } from '@core/documents/xlsx/build-workbook';
import type { SheetSpec } from '@core/documents/xlsx/sheet-spec';
import { StreamWorkbook } from '@core/documents/xlsx/stream/stream-workbook';
import { writeSheet } from '@core/documents/xlsx/write-sheet';

import { smallReport } from './fixtures';

const ROWS = 100_000;

interface Row {
  id: number;
  day: string;
}

const spec: SheetSpec<Row> = {
  name: 'Large',
  rows: Array.from({ length: ROWS }, (_, i) => ({ id: i + 1, day: '2026-03-15' })),
  columns: [
    { header: 'Id', kind: 'integer', width: 10, value: (r) => r.id },
    { header: 'Name', kind: 'text', width: 20, value: (r) => `device-${r.id}` },
    { header: 'Price', kind: 'money', width: 12, value: (r) => r.id / 100 },
    { header: 'Day', kind: 'date', width: 12, value: (r) => r.day },
    {
      header: 'Double',
      kind: 'integer',
      width: 10,
      value: (r) => r.id * 2,
      formula: (n) => `A${n}*2`,
    },
  ],
};

const context = { locale: 'fr', currency: 'EUR', brand: '#1f4e79' } as const;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

describe('a 100,000-row sheet', () => {
  const chunks: Uint8Array[] = [];
  let bytesBeforeCommit = 0;
  let workbook: ExcelJS.Workbook;
  let styles: string;

  it('leaves as compressed chunks while its rows are written', async () => {
    const writer = new StreamWorkbook({ onChunk: (chunk) => chunks.push(chunk) });
    writeSheet(writer, spec, context);
    bytesBeforeCommit = chunks.reduce((n, chunk) => n + chunk.length, 0);
    writer.commit();
    const bytes = concat(chunks);

    expect(bytesBeforeCommit).toBeGreaterThan(bytes.length / 2);
    workbook = await load(bytes);
    styles = strFromU8(unzipSync(bytes)['xl/styles.xml']);
  }, 120_000);

  it('reads back whole, to the last row', () => {
    const sheet = workbook.getWorksheet('Large');
    const last = sheet?.getRow(ROWS + 1);

    expect(sheet?.rowCount).toBe(ROWS + 1);
    expect(last?.getCell(1).value).toBe(ROWS);
    expect(last?.getCell(2).value).toBe(`device-${ROWS}`);
    expect(last?.getCell(3).value).toBe(1000);
    expect(last?.getCell(3).numFmt).toBe('#,##0.00 "€"');
    expect(last?.getCell(4).value).toEqual(new Date('2026-03-15T00:00:00Z'));
    expect(last?.getCell(5).value).toEqual({ formula: `A${ROWS + 1}*2`, result: ROWS * 2 });
  });

  it('records each distinct style once, not once per cell', () => {
    const xfs = /<cellXfs count="(\d+)">/.exec(styles)?.[1];

    // None; the integer, money and date formats; the header over each of those four.
    expect(Number(xfs)).toBe(8);
  });
});

describe('text cells', () => {
  it('keep markup, accents, emoji and spaces, and drop what XML forbids', async () => {
    const texts = ['<b>Tom & "Jerry"</b>', '  indented ', 'Zoë 📱', 'a\u0001b\uD800c', 'x\ny'];
    const writer = new StreamWorkbook({ onChunk: (chunk) => chunks.push(chunk) });
    const chunks: Uint8Array[] = [];
    writeSheet(
      writer,
      {
        name: 'Texts',
        rows: texts,
        columns: [{ header: 'Text', kind: 'text', width: 20, value: (t) => t }],
      },
      context,
    );
    writer.commit();

    const sheet = (await load(concat(chunks))).getWorksheet('Texts');
    const read = texts.map((_, i) => sheet?.getRow(i + 2).getCell(1).value);
    expect(read).toEqual(['<b>Tom & "Jerry"</b>', '  indented ', 'Zoë 📱', 'abc', 'x\ny']);
  });
});

describe('writing the deliverable', () => {
  it('reports progress up to every row, and stops when cancelled', async () => {
    const data = smallReport();
    const seen: { done: number; total: number }[] = [];
    await buildWorkbookBytes(data, { onProgress: ({ done, total }) => seen.push({ done, total }) });
    const controller = new AbortController();
    controller.abort();

    const rows = data.devices.length + data.lines.length + data.invoices.length;
    expect(seen.at(-1)?.total).toBeGreaterThan(rows);
    expect(seen.at(-1)?.done).toBe(seen.at(-1)?.total);
    await expect(buildWorkbookBytes(data, { signal: controller.signal })).rejects.toThrow(AppError);
  });
});
