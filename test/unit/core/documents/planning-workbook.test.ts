import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';

import { priorityBand } from '@core/checklist/priority';
import type { Rating } from '@core/checklist/action';
import { whatIfWeight } from '@core/grid/evaluate';
import { restoreGrid } from '@core/grid/grid';
import type { CriterionId } from '@core/grid/ids';
import { buildWorkbookBytes } from '@core/documents/xlsx/build-workbook';
import { bandFormula } from '@core/documents/xlsx/checklist-sheets';

import { grid, fullReport } from './record-fixtures';

async function load(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildWorkbookBytes(fullReport())) as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

const num = (cell: ExcelJS.Cell) => (typeof cell.value === 'number' ? cell.value : 0);

// What Excel computes for IF(SUM(w)=0,0,SUMPRODUCT(w,s)/SUM(w)), read off the sheet's cells.
function recalculated(grille: ExcelJS.Worksheet, formula: string): number {
  const [, , from, to, column] = /(\$C\$(\d+):\$C\$(\d+)),([A-Z]+)\d+:/.exec(formula) ?? [];
  let weights = 0;
  let product = 0;
  for (let row = Number(from); row <= Number(to); row++) {
    const weight = num(grille.getCell(`C${row}`));
    weights += weight;
    product += weight * num(grille.getCell(`${column}${row}`));
  }
  return weights === 0 ? 0 : product / weights;
}

describe('the workbook with the consultant’s records', () => {
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await load();
  });

  it('adds the checklist, action plan, vendor grid and waves sheets', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Synthèse',
      'Appareils',
      'Lignes',
      'Factures',
      'Rapprochement',
      'Indicateurs',
      'Économies',
      'Grille d’audit',
      'Plan d’actions',
      'Grille éditeurs',
      'Vagues',
      'Imports',
    ]);
  });

  it('lists every answer with its label, and neutralises the consultant’s texts', () => {
    const answers = sheet(workbook, 'Grille d’audit');

    expect(answers.rowCount).toBe(4);
    expect(answers.getRow(2).getCell(4).value).toBe('Oui');
    expect(answers.getRow(3).getCell(6).value).toBe("'=SUM(A1)");
    expect(answers.getRow(4).getCell(4).value).toBe('Non');
  });

  it('writes the priority and band as live formulas over the ratings', () => {
    const plan = sheet(workbook, 'Plan d’actions');
    const first = plan.getRow(2);

    expect(first.getCell(1).value).toBe('Purger les appareils fantômes');
    expect(first.getCell(5).formula).toBe('IF(COUNT(B2:D2)=3,(2*B2+2*D2+C2)/5,"")');
    expect(first.getCell(5).result).toBe(4.8);
    expect(first.getCell(6).formula).toBe(bandFormula(2));
    expect(first.getCell(6).result).toBe('P1');
    expect(plan.getRow(3).getCell(1).value).toBe("'=Former les managers");
    expect(plan.getRow(3).getCell(7).value).toBe("'@rh");
    // An unrated action: the band stays blank until the three ratings are typed in.
    expect(plan.getRow(4).getCell(6).formula).toBe(bandFormula(4));
    expect(plan.getRow(4).getCell(6).result ?? '').toBe('');
  });

  it('bands every rating in Excel as the app does', () => {
    const formula = bandFormula(2);
    const thresholds = [...formula.matchAll(/>=(\d+),"(P\d)"/g)].map((m) => ({
      min: Number(m[1]),
      band: m[2],
    }));
    const fallback = /,"(P\d)"\)+,""\)$/.exec(formula)?.[1];
    const ratings = [1, 2, 3, 4, 5] as Rating[];

    for (const impact of ratings) {
      for (const feasibility of ratings) {
        for (const urgency of ratings) {
          const sum = 2 * impact + 2 * urgency + feasibility;
          const excel = thresholds.find((t) => sum >= t.min)?.band ?? fallback;
          expect(excel).toBe(priorityBand({ impact, feasibility, urgency }));
        }
      }
    }
  });

  it('scores the vendors with SUMPRODUCT formulas that follow a changed weight', () => {
    const grille = sheet(workbook, 'Grille éditeurs');
    const scores = grille.getRow(6);
    const formula = 'IF(SUM($C$2:$C$4)=0,0,SUMPRODUCT($C$2:$C$4,D2:D4)/SUM($C$2:$C$4))';

    expect(grille.getRow(1).getCell(4).value).toBe('Alpha MDM');
    expect(scores.getCell(4).formula).toBe(formula);
    expect(scores.getCell(4).result).toBeCloseTo(3.9, 9);
    expect(scores.getCell(5).result).toBeCloseTo(3.5, 9);
    expect(recalculated(grille, formula)).toBeCloseTo(3.9, 9);
    expect(grille.getRow(8).getCell(5).value).toBe('Oui');

    // The consultant doubles the cost weight in Excel: the sheet's maths and the app's agree.
    grille.getCell('C4').value = 40;
    const scenario = whatIfWeight(restoreGrid(grid), 'c3' as CriterionId, 40).scenario;
    const alpha = scenario.scores.find((s) => s.vendorId === 'va')?.score5;
    expect(recalculated(grille, formula)).toBeCloseTo(alpha ?? -1, 9);
    expect(recalculated(grille, formula)).not.toBeCloseTo(3.9, 3);
  });

  it('lists the waves in order with progress as a live ratio', () => {
    const waves = sheet(workbook, 'Vagues');
    const first = waves.getRow(2);

    expect(first.getCell(1).value).toBe('Vague 1 – Finance');
    expect(first.getCell(8).formula).toBe('IF(N(D2)=0,"",E2/D2)');
    expect(first.getCell(8).result).toBe(0.75);
    expect(waves.getRow(3).getCell(5).value).toBe(0);
  });
});
