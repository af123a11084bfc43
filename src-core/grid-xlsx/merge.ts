// Merges a whole filled workbook: every evaluator sheet lands, or none does.

import type { Workbook } from 'exceljs';

import type { Grid } from '../grid/grid';
import { mergeEvaluatorSheet } from '../grid/merge-evaluator-sheet';
import type { SheetIssue } from '../grid/merge-evaluator-sheet';
import { readEvaluatorWorkbook } from './read';

export interface SheetOutcome {
  sheetName: string;
  evaluatorId: string;
  added: number;
  updated: number;
  cleared: number;
  unchanged: number;
}

export interface WorkbookMergeReport {
  ok: boolean;
  /** Every problem of every sheet, each naming its sheet, row and column when it has one. */
  issues: SheetIssue[];
  sheets: SheetOutcome[];
}

/**
 * Reads every evaluator sheet and merges them one after the other. If any sheet has a
 * problem the grid comes back unchanged, so a half-merged committee file never exists.
 */
export function mergeEvaluatorWorkbook(
  grid: Grid,
  workbook: Workbook,
): { grid: Grid; report: WorkbookMergeReport } {
  const read = readEvaluatorWorkbook(workbook, grid);
  const issues = [...read.issues];
  const sheets: SheetOutcome[] = [];

  let merged = grid;
  for (const sheet of read.sheets) {
    const result = mergeEvaluatorSheet(merged, sheet);
    issues.push(...result.report.issues);
    const { added, updated, cleared, unchanged } = result.report;
    sheets.push({
      sheetName: sheet.sheetName,
      evaluatorId: sheet.evaluatorId,
      added,
      updated,
      cleared,
      unchanged,
    });
    merged = result.grid;
  }

  if (issues.length > 0) return { grid, report: { ok: false, issues, sheets: [] } };
  return { grid: merged, report: { ok: true, issues, sheets } };
}
