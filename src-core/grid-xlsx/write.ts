// Writes the evaluator workbook: an instructions sheet, then one sheet per evaluator, on an
// exceljs Workbook the caller created (so the same code runs in the browser and in Node).

import type { Workbook, Worksheet } from 'exceljs';

import { SCORE_MAX, SCORE_MIN } from '../grid/criterion';
import type { Grid } from '../grid/grid';
import type { Evaluator } from '../grid/participants';
import { scoreKey } from '../grid/score';
import { normaliseWeights } from '../grid/weights';
import {
  CRITERION_COLUMN,
  FIRST_CRITERION_ROW,
  GROUP_COLUMN,
  HEADER_ROW,
  ID_COLUMN,
  IDS_ROW,
  SHEET_MARKER,
  TITLE_ROW,
  WEIGHT_COLUMN,
  safeSheetName,
  scoreColumn,
} from './layout';
import { neutraliseText } from './neutralise';
import type { EvaluatorWorkbookText } from './text';

export type WorkbookLanguage = 'fr' | 'en';

/** Adds the instructions sheet and one sheet per given evaluator, prefilled with their scores. */
export function writeEvaluatorWorkbook(
  workbook: Workbook,
  grid: Grid,
  evaluators: readonly Evaluator[],
  text: EvaluatorWorkbookText,
  language: WorkbookLanguage,
): void {
  writeInstructions(workbook, text);
  for (const evaluator of evaluators) {
    const name = safeSheetName(
      evaluator.name,
      workbook.worksheets.map((s) => s.name),
    );
    writeEvaluatorSheet(workbook.addWorksheet(name), grid, evaluator, text, language);
  }
}

function writeInstructions(workbook: Workbook, text: EvaluatorWorkbookText): void {
  const sheet = workbook.addWorksheet(safeSheetName(text.instructionsSheet, []));
  sheet.getColumn(1).width = 110;
  sheet.getCell(1, 1).value = neutraliseText(text.instructionsTitle);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  text.instructions.forEach((line, i) => {
    const cell = sheet.getCell(i + 3, 1);
    cell.value = neutraliseText(line);
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

function writeEvaluatorSheet(
  sheet: Worksheet,
  grid: Grid,
  evaluator: Evaluator,
  text: EvaluatorWorkbookText,
  language: WorkbookLanguage,
): void {
  const title = [evaluator.name, evaluator.role, grid.name].filter((s) => s !== '').join(' — ');
  sheet.getCell(TITLE_ROW, 1).value = neutraliseText(title);
  sheet.getCell(TITLE_ROW, 1).font = { bold: true, size: 13 };

  sheet.getCell(IDS_ROW, ID_COLUMN).value = SHEET_MARKER;
  sheet.getCell(IDS_ROW, GROUP_COLUMN).value = grid.id;
  sheet.getCell(IDS_ROW, CRITERION_COLUMN).value = evaluator.id;
  sheet.getRow(IDS_ROW).hidden = true;

  writeHeaders(sheet, grid, text);
  writeCriteria(sheet, grid, evaluator, text, language);

  sheet.getColumn(ID_COLUMN).hidden = true;
  sheet.views = [{ state: 'frozen', xSplit: CRITERION_COLUMN, ySplit: HEADER_ROW }];
}

function writeHeaders(sheet: Worksheet, grid: Grid, text: EvaluatorWorkbookText): void {
  const header = sheet.getRow(HEADER_ROW);
  header.getCell(ID_COLUMN).value = 'id';
  header.getCell(GROUP_COLUMN).value = neutraliseText(text.groupHeader);
  header.getCell(CRITERION_COLUMN).value = neutraliseText(text.criterionHeader);
  header.getCell(WEIGHT_COLUMN).value = neutraliseText(text.weightHeader);
  sheet.getColumn(GROUP_COLUMN).width = 22;
  sheet.getColumn(CRITERION_COLUMN).width = 44;
  sheet.getColumn(WEIGHT_COLUMN).width = 10;

  grid.vendors.forEach((vendor, index) => {
    const column = scoreColumn(index);
    sheet.getCell(IDS_ROW, column).value = vendor.id;
    header.getCell(column).value = neutraliseText(
      text.scoreHeader.replace('{{vendor}}', vendor.name),
    );
    header.getCell(column + 1).value = neutraliseText(text.rationaleHeader);
    sheet.getColumn(column).width = 16;
    sheet.getColumn(column + 1).width = 36;
  });

  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
}

function writeCriteria(
  sheet: Worksheet,
  grid: Grid,
  evaluator: Evaluator,
  text: EvaluatorWorkbookText,
  language: WorkbookLanguage,
): void {
  const { shares } = normaliseWeights(grid.weightMode, grid.criteria);
  const byKey = new Map(grid.scores.map((s) => [scoreKey(s), s]));

  grid.criteria.forEach((criterion, i) => {
    const row = sheet.getRow(FIRST_CRITERION_ROW + i);
    row.getCell(ID_COLUMN).value = criterion.id;
    row.getCell(GROUP_COLUMN).value = neutraliseText(text.groups[criterion.group]);
    row.getCell(CRITERION_COLUMN).value = neutraliseText(criterion.label[language]);
    row.getCell(WEIGHT_COLUMN).value = Math.round((shares[criterion.id] ?? 0) * 1000) / 10;

    grid.vendors.forEach((vendor, index) => {
      const key = scoreKey({
        evaluatorId: evaluator.id,
        vendorId: vendor.id,
        criterionId: criterion.id,
      });
      const score = byKey.get(key);
      const cell = row.getCell(scoreColumn(index));
      cell.value = score?.value ?? null;
      cell.dataValidation = {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [SCORE_MIN, SCORE_MAX],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: text.validationTitle,
        error: text.validationMessage,
      };
      const rationale = row.getCell(scoreColumn(index) + 1);
      rationale.value = neutraliseText(score?.rationale ?? '');
      rationale.alignment = { wrapText: true, vertical: 'top' };
    });
  });
}
