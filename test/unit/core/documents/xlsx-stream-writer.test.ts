// The streaming writer against exceljs' own: the same deliverable filled into both, read back
// with exceljs, must show the same sheets, cells, formats, formulas, views, filters and rules.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import type { ReportData } from '@core/documents/report-data';
import { buildWorkbookBytes, fillWorkbook } from '@core/documents/xlsx/build-workbook';

import { smallReport } from './fixtures';
import { fullReport } from './record-fixtures';

async function load(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  return workbook;
}

async function exceljsWritten(data: ReportData): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  fillWorkbook(workbook, data);
  return load(await workbook.xlsx.writeBuffer());
}

type Sheet = ExcelJS.Worksheet & {
  conditionalFormattings: {
    ref: string;
    rules: { type: string; priority: number; formulae: string[]; style: ExcelJS.Style }[];
  }[];
};

function asSeen(value: ExcelJS.CellValue): unknown {
  return value instanceof Date ? `date ${value.toISOString()}` : value;
}

// What a reader of the file sees in a cell: its kind, value, format, and the header's look. An
// empty text is written as no value at all (COUNTA would count an empty text).
function cellView(cell: ExcelJS.Cell) {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const empty = cell.value === '';
  return {
    type: empty ? ExcelJS.ValueType.Null : cell.type,
    value: empty ? null : asSeen(cell.value),
    numFmt: cell.numFmt,
    bold: cell.font?.bold ?? false,
    size: cell.font?.size ?? 11,
    color: cell.font?.color?.argb,
    fill: fill?.pattern === 'solid' ? fill.fgColor?.argb : undefined,
  };
}

function sheetView(sheet: Sheet) {
  const rows = [];
  for (let row = 1; row <= sheet.rowCount; row++) {
    const cells = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      cells.push(cellView(sheet.getRow(row).getCell(column)));
    }
    rows.push(cells);
  }
  return {
    name: sheet.name,
    frozen: ((sheet.views ?? []) as Partial<ExcelJS.WorksheetViewFrozen>[])
      .filter((view) => view.state === 'frozen')
      .map((view) => ({ xSplit: view.xSplit ?? 0, ySplit: view.ySplit })),
    autoFilter: sheet.autoFilter,
    widths: (sheet.columns ?? []).map((column) => column.width),
    rules: sheet.conditionalFormattings.map((cf) => ({
      ref: cf.ref,
      rules: cf.rules.map((rule) => ({
        type: rule.type,
        priority: rule.priority,
        formulae: rule.formulae,
        fill: (rule.style.fill as ExcelJS.FillPattern).bgColor?.argb,
      })),
    })),
    rows,
  };
}

describe('the streaming writer', () => {
  it.each([
    ['with every record (French)', fullReport()],
    ['in English', smallReport({ locale: 'en', currency: 'USD' })],
  ])('writes the deliverable %s as exceljs does', async (_, data) => {
    const ours = await load(await buildWorkbookBytes(data));
    const theirs = await exceljsWritten(data);

    expect(ours.worksheets.length).toBeGreaterThan(5);
    expect(ours.worksheets.map((s) => sheetView(s as Sheet))).toEqual(
      theirs.worksheets.map((s) => sheetView(s as Sheet)),
    );
  });
});
