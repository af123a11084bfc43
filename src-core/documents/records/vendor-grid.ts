// The vendor comparison a deliverable prints: the engagement's grid, evaluated by the grid's own
// maths, with the weight sensitivity of its ranking.
import { evaluateGrid } from '@core/grid/evaluate';
import type { GridEvaluation } from '@core/grid/evaluate';
import { restoreGrid } from '@core/grid/grid';
import type { Grid } from '@core/grid/grid';
import { sensitivityInputOf, sensitivityReport } from '@core/grid/sensitivity';
import type { CriterionSensitivity } from '@core/grid/sensitivity';

import { RECORD_KINDS, restoredRecords } from './kinds';

export interface GridComparison {
  grid: Grid;
  evaluation: GridEvaluation;
  sensitivity: CriterionSensitivity[];
}

/** The first grid that restores and has vendors and criteria, evaluated; null otherwise. */
export function gridComparisonOf(
  records: Readonly<Record<string, readonly unknown[]>>,
): GridComparison | null {
  const grid = restoredRecords(records, RECORD_KINDS.grid, restoreGrid).find(
    (g) => g.vendors.length > 0 && g.criteria.length > 0,
  );
  if (!grid) return null;

  const evaluation = evaluateGrid(grid);
  const sensitivity = sensitivityReport(sensitivityInputOf(evaluation));
  return { grid, evaluation, sensitivity };
}
