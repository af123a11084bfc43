// Brings one evaluator's sheet back into the grid, or says precisely why it cannot.
//
// The sheet fails whole: if any cell is wrong, the grid comes back unchanged and the report
// lists every problem, so the evaluator fixes the file once instead of cell by cell. Only the
// sheet's evaluator is touched; cells absent from the sheet keep their score; a cell present
// but blank clears that evaluator's score (the rationale typed next to it is kept).

import { SCORE_MAX, SCORE_MIN } from './criterion';
import { cellAddress, readCellScore } from './evaluator-sheet';
import type { EvaluatorSheet, EvaluatorSheetCell } from './evaluator-sheet';
import type { Grid } from './grid';
import type { CriterionId, EvaluatorId, VendorId } from './ids';
import { scoreKey } from './score';
import type { Score } from './score';

export const SHEET_ISSUE_CODES = [
  'sheet-not-recognised',
  'no-evaluator-sheet',
  'sheet-wrong-grid',
  'sheet-unknown-evaluator',
  'unknown-vendor',
  'unknown-criterion',
  'score-not-numeric',
  'score-out-of-range',
  'duplicate-cell',
] as const;

export type SheetIssueCode = (typeof SHEET_ISSUE_CODES)[number];

/** A problem found in the sheet; `cell` is null when it concerns the sheet as a whole. */
export interface SheetIssue {
  code: SheetIssueCode;
  cell: string | null;
  row: number | null;
  column: string | null;
  /** English detail for logs and support; the UI builds its sentence from code and params. */
  detail: string;
  params: Record<string, string | number>;
}

export interface MergeReport {
  ok: boolean;
  issues: SheetIssue[];
  added: number;
  updated: number;
  cleared: number;
  unchanged: number;
}

/** Validates an evaluator sheet and, if it is clean, merges its scores for that evaluator. */
export function mergeEvaluatorSheet(
  grid: Grid,
  sheet: EvaluatorSheet,
): { grid: Grid; report: MergeReport } {
  const counts = { added: 0, updated: 0, cleared: 0, unchanged: 0 };
  const sheetIssues = checkSheet(grid, sheet);
  if (sheetIssues.length > 0) {
    return { grid, report: { ok: false, issues: sheetIssues, ...counts } };
  }

  const { incoming, issues } = readCells(grid, sheet);
  if (issues.length > 0) return { grid, report: { ok: false, issues, ...counts } };

  const merged = new Map(grid.scores.map((score) => [scoreKey(score), score]));
  for (const score of incoming) {
    const before = merged.get(scoreKey(score));
    const outcome = classify(before, score);
    counts[outcome]++;
    if (outcome !== 'unchanged') merged.set(scoreKey(score), score);
  }

  const report = { ok: true, issues: [], ...counts };
  return { grid: { ...grid, scores: [...merged.values()] }, report };
}

function checkSheet(grid: Grid, sheet: EvaluatorSheet): SheetIssue[] {
  const issues: SheetIssue[] = [];
  const named = `sheet "${sheet.sheetName}"`;

  if (sheet.gridId !== grid.id) {
    const params = { sheet: sheet.sheetName, gridId: sheet.gridId };
    issues.push(sheetIssue('sheet-wrong-grid', `${named} belongs to another grid`, params));
  }

  if (!grid.evaluators.some((e) => e.id === sheet.evaluatorId)) {
    const params = { sheet: sheet.sheetName, evaluatorId: sheet.evaluatorId };
    issues.push(sheetIssue('sheet-unknown-evaluator', `${named} names no evaluator`, params));
  }
  return issues;
}

interface CellContext {
  sheet: EvaluatorSheet;
  vendorIds: ReadonlySet<string>;
  criterionIds: ReadonlySet<string>;
  /** Address of the first cell seen for each vendor and criterion. */
  seen: Map<string, string>;
}

function readCells(grid: Grid, sheet: EvaluatorSheet): { incoming: Score[]; issues: SheetIssue[] } {
  const context: CellContext = {
    sheet,
    vendorIds: new Set<string>(grid.vendors.map((v) => v.id)),
    criterionIds: new Set<string>(grid.criteria.map((c) => c.id)),
    seen: new Map(),
  };

  const incoming: Score[] = [];
  const issues: SheetIssue[] = [];
  for (const cell of sheet.cells) {
    const result = readCell(cell, context);
    if ('issue' in result) issues.push(result.issue);
    else incoming.push(result.score);
  }
  return { incoming, issues };
}

/** Checks one cell in order: ids, duplicates, then the value; stops at the first problem. */
function readCell(
  cell: EvaluatorSheetCell,
  context: CellContext,
): { score: Score } | { issue: SheetIssue } {
  const address = cellAddress(context.sheet.sheetName, cell);
  const problem = (code: SheetIssueCode, detail: string, params: SheetIssue['params']) => ({
    issue: cellIssue(code, address, cell, `${address}: ${detail}`, params),
  });

  if (!context.vendorIds.has(cell.vendorId)) {
    return problem('unknown-vendor', `vendor "${cell.vendorId}" is not in the grid`, {
      id: cell.vendorId,
    });
  }
  if (!context.criterionIds.has(cell.criterionId)) {
    return problem('unknown-criterion', `criterion "${cell.criterionId}" is not in the grid`, {
      id: cell.criterionId,
    });
  }

  const key = `${cell.vendorId}\u0000${cell.criterionId}`;
  const first = context.seen.get(key);
  if (first !== undefined) {
    return problem('duplicate-cell', `same vendor and criterion as ${first}`, { first });
  }
  context.seen.set(key, address);

  const read = readCellScore(cell.value);
  if (read.kind === 'text') {
    const value = String(cell.value);
    return problem('score-not-numeric', `"${value}" is not a number`, { value });
  }
  if (read.kind === 'number' && (read.value < SCORE_MIN || read.value > SCORE_MAX)) {
    const detail = `${read.value} is outside ${SCORE_MIN}-${SCORE_MAX}`;
    return problem('score-out-of-range', detail, { value: read.value });
  }

  return {
    score: {
      evaluatorId: context.sheet.evaluatorId as EvaluatorId,
      vendorId: cell.vendorId as VendorId,
      criterionId: cell.criterionId as CriterionId,
      value: read.kind === 'number' ? read.value : null,
      rationale: cell.rationale.trim(),
      evidence: cell.evidence.map((ref) => ref.trim()).filter((ref) => ref !== ''),
    },
  };
}

type Outcome = 'added' | 'updated' | 'cleared' | 'unchanged';

function classify(before: Score | undefined, after: Score): Outcome {
  if (before === undefined) {
    const empty = after.value === null && after.rationale === '' && after.evidence.length === 0;
    return empty ? 'unchanged' : 'added';
  }

  const same =
    before.value === after.value &&
    before.rationale === after.rationale &&
    before.evidence.join('\n') === after.evidence.join('\n');
  if (same) return 'unchanged';
  return before.value !== null && after.value === null ? 'cleared' : 'updated';
}

function sheetIssue(
  code: SheetIssueCode,
  detail: string,
  params: SheetIssue['params'],
): SheetIssue {
  return { code, cell: null, row: null, column: null, detail, params };
}

function cellIssue(
  code: SheetIssueCode,
  address: string,
  cell: EvaluatorSheetCell,
  detail: string,
  params: SheetIssue['params'],
): SheetIssue {
  return { code, cell: address, row: cell.row, column: cell.column, detail, params };
}
