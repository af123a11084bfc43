import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';

import { evaluateGrid } from '@core/grid/evaluate';
import type { Grid } from '@core/grid/grid';
import { mergeEvaluatorWorkbook } from '@core/grid-xlsx/merge';
import { writeEvaluatorWorkbook } from '@core/grid-xlsx/write';

import { eid } from '../grid/build';
import { sampleGrid, text } from './fixtures';

/** Writes the workbook to real XLSX bytes and loads them back, as a file would travel. */
async function throughBytes(workbook: Workbook): Promise<Workbook> {
  const bytes = await workbook.xlsx.writeBuffer();
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(bytes);
  return copy;
}

async function exported(grid: Grid): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  writeEvaluatorWorkbook(workbook, grid, grid.evaluators, text, 'en');
  return throughBytes(workbook);
}

describe('evaluator workbook', () => {
  it('has an instructions sheet and one sheet per evaluator with a safe name', async () => {
    const workbook = await exported(sampleGrid());

    expect(workbook.worksheets.map((s) => s.name)).toEqual(['How to fill', 'Alice', 'Bruno RSSI']);
  });

  it('lays criteria in rows and vendors in score and rationale columns, prefilled', async () => {
    const sheet = (await exported(sampleGrid())).getWorksheet('Alice');

    expect(sheet?.getCell('C4').value).toBe('security');
    expect(sheet?.getCell('D4').value).toBe(75);
    expect(sheet?.getCell('E3').value).toBe('Intune score');
    expect(sheet?.getCell('E4').value).toBe(4);
    expect(sheet?.getCell('E4').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 5],
    });
  });

  it('neutralises texts a spreadsheet would run as formulas', async () => {
    const workbook = await exported(sampleGrid());

    expect(workbook.getWorksheet('Alice')?.getCell('G3').value).toBe("'+Jamf score");
    expect(workbook.getWorksheet('How to fill')?.getCell('A4').value).toBe(
      "'=Do not type formulas",
    );
  });

  it('merges filled sheets back: scores, decimal commas and rationales', async () => {
    const grid = sampleGrid();
    const workbook = await exported(grid);
    const alice = workbook.getWorksheet('Alice');
    const bruno = workbook.getWorksheet('Bruno RSSI');
    alice!.getCell('E5').value = 2;
    alice!.getCell('F5').value = "'=cheap enough";
    alice!.getCell('G4').value = '3,5';
    bruno!.getCell('E4').value = 5;

    const { grid: merged, report } = mergeEvaluatorWorkbook(grid, await throughBytes(workbook));

    expect(report.ok).toBe(true);
    expect(report.sheets.map((s) => [s.sheetName, s.added])).toEqual([
      ['Alice', 2],
      ['Bruno RSSI', 1],
    ]);
    const cheap = merged.scores.find((s) => s.criterionId === 'cost' && s.vendorId === 'intune');
    expect(cheap).toMatchObject({
      evaluatorId: eid('alice'),
      value: 2,
      rationale: '=cheap enough',
    });
    const means = evaluateGrid(merged).aggregates;
    expect(means['intune' as never]['security' as never].mean).toBe(4.5);
    expect(means['jamf' as never]['security' as never].mean).toBe(3.5);
  });

  it('merges nothing and names sheet, row and column when a cell is wrong', async () => {
    const grid = sampleGrid();
    const workbook = await exported(grid);
    workbook.getWorksheet('Alice')!.getCell('E5').value = 2;
    workbook.getWorksheet('Bruno RSSI')!.getCell('G5').value = 'good';
    workbook.getWorksheet('Bruno RSSI')!.getCell('E4').value = 7;

    const { grid: after, report } = mergeEvaluatorWorkbook(grid, await throughBytes(workbook));

    expect(report.ok).toBe(false);
    expect(after).toBe(grid);
    expect(report.issues.map((i) => [i.code, i.cell, i.row, i.column])).toEqual([
      ['score-out-of-range', "'Bruno RSSI'!E4", 4, 'E'],
      ['score-not-numeric', "'Bruno RSSI'!G5", 5, 'G'],
    ]);
  });

  it('refuses a workbook with no evaluator sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Feuil1').getCell('A1').value = 'hello';

    const { report } = mergeEvaluatorWorkbook(sampleGrid(), await throughBytes(workbook));

    expect(report.issues.map((i) => i.code)).toEqual(['no-evaluator-sheet']);
  });

  it('refuses a sheet exported from another grid', async () => {
    const workbook = await exported({ ...sampleGrid(), id: 'other' as Grid['id'] });

    const { report } = mergeEvaluatorWorkbook(sampleGrid(), workbook);

    expect(report.ok).toBe(false);
    expect(report.issues[0]).toMatchObject({
      code: 'sheet-wrong-grid',
      params: { sheet: 'Alice' },
    });
  });
});
