// Reads filled evaluator sheets back into plain EvaluatorSheet data, naming every cell.

import type { CellValue, Workbook, Worksheet } from 'exceljs';

import type { EvaluatorSheet, EvaluatorSheetCell } from '../grid/evaluator-sheet';
import type { Grid } from '../grid/grid';
import type { SheetIssue } from '../grid/merge-evaluator-sheet';
import { scoreKey } from '../grid/score';
import {
  CRITERION_COLUMN,
  FIRST_CRITERION_ROW,
  FIRST_VENDOR_COLUMN,
  GROUP_COLUMN,
  ID_COLUMN,
  IDS_ROW,
  SHEET_MARKER,
  columnLetters,
} from './layout';
import { restoreText } from './neutralise';

export interface ReadWorkbook {
  sheets: EvaluatorSheet[];
  /** Problems with a sheet as a whole: no evaluator sheet, or a marked sheet without its ids. */
  issues: SheetIssue[];
}

/**
 * Every evaluator sheet of the workbook (other sheets, such as the instructions, are skipped).
 * The workbook carries no evidence files, so each cell keeps the evidence the grid already has.
 */
export function readEvaluatorWorkbook(workbook: Workbook, grid: Grid): ReadWorkbook {
  const marked = workbook.worksheets.filter(
    (s) => plain(s.getCell(IDS_ROW, ID_COLUMN).value) === SHEET_MARKER,
  );
  if (marked.length === 0) {
    const detail = 'the workbook holds no evaluator sheet';
    return { sheets: [], issues: [wholeIssue('no-evaluator-sheet', detail, {})] };
  }

  const sheets: EvaluatorSheet[] = [];
  const issues: SheetIssue[] = [];
  for (const sheet of marked) {
    const read = readSheet(sheet, grid);
    if ('issue' in read) issues.push(read.issue);
    else sheets.push(read.sheet);
  }
  return { sheets, issues };
}

function readSheet(
  sheet: Worksheet,
  grid: Grid,
): { sheet: EvaluatorSheet } | { issue: SheetIssue } {
  const gridId = plain(sheet.getCell(IDS_ROW, GROUP_COLUMN).value);
  const evaluatorId = plain(sheet.getCell(IDS_ROW, CRITERION_COLUMN).value);
  if (typeof gridId !== 'string' || typeof evaluatorId !== 'string' || !gridId || !evaluatorId) {
    const detail = `sheet "${sheet.name}" lost its hidden ids`;
    return { issue: wholeIssue('sheet-not-recognised', detail, { sheet: sheet.name }) };
  }

  const vendorColumns = vendorColumnsOf(sheet);
  const evidence = new Map(grid.scores.map((s) => [scoreKey(s), s.evidence]));
  const cells: EvaluatorSheetCell[] = [];

  for (let r = FIRST_CRITERION_ROW; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const criterionId = plain(row.getCell(ID_COLUMN).value);
    if (typeof criterionId !== 'string' || criterionId.trim() === '') continue;

    for (const { column, vendorId } of vendorColumns) {
      const rationale = plain(row.getCell(column + 1).value);
      const key = scoreKey({ evaluatorId, vendorId, criterionId } as Parameters<
        typeof scoreKey
      >[0]);
      cells.push({
        row: r,
        column: columnLetters(column),
        vendorId,
        criterionId,
        value: plain(row.getCell(column).value),
        rationale: typeof rationale === 'string' ? restoreText(rationale) : String(rationale ?? ''),
        evidence: evidence.get(key) ?? [],
      });
    }
  }

  return { sheet: { gridId, evaluatorId, sheetName: sheet.name, cells } };
}

function vendorColumnsOf(sheet: Worksheet): { column: number; vendorId: string }[] {
  const ids = sheet.getRow(IDS_ROW);
  const found: { column: number; vendorId: string }[] = [];
  for (let c = FIRST_VENDOR_COLUMN; c <= ids.cellCount; c += 2) {
    const id = plain(ids.getCell(c).value);
    if (typeof id === 'string' && id !== '') found.push({ column: c, vendorId: id });
  }
  return found;
}

/** A cell as a number, a string or null: formulas give their result, rich text its text. */
function plain(value: CellValue): number | string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plain(value.result ?? null);
  if ('text' in value) return typeof value.text === 'string' ? value.text : plain(value.text);
  if ('error' in value) return value.error;
  return null;
}

function wholeIssue(
  code: SheetIssue['code'],
  detail: string,
  params: SheetIssue['params'],
): SheetIssue {
  return { code, cell: null, row: null, column: null, detail, params };
}
