// Pools the evaluators' scores for each vendor and criterion, and measures how far they differ.

import type { CriterionId, VendorId } from './ids';
import type { Score } from './score';

/** What the panel thinks of one vendor on one criterion. */
export interface CellAggregate {
  /** Number of evaluators who gave a score; missing scores are left out, not counted as 0. */
  count: number;
  /** Arithmetic mean of the given scores; null when nobody scored. */
  mean: number | null;
  min: number | null;
  max: number | null;
  /** max - min: the gap between the harshest and the kindest evaluator. */
  spread: number;
  /**
   * Population standard deviation sqrt(Σ (x - mean)² / n): the evaluators are the whole panel,
   * not a sample of a larger one.
   */
  stdDev: number;
}

/** Aggregates by vendor, then by criterion; every pair of the grid has a cell. */
export type AggregateTable = Record<VendorId, Record<CriterionId, CellAggregate>>;

/** Summarises a list of scores; values must already be known numbers. */
export function aggregateValues(values: readonly number[]): CellAggregate {
  const count = values.length;
  if (count === 0) return { count, mean: null, min: null, max: null, spread: 0, stdDev: 0 };

  const mean = values.reduce((sum, x) => sum + x, 0) / count;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const variance = values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / count;

  return { count, mean, min, max, spread: max - min, stdDev: Math.sqrt(variance) };
}

/** Builds the table of aggregates for the given vendors and criteria from raw scores. */
export function aggregateScores(
  vendorIds: readonly VendorId[],
  criterionIds: readonly CriterionId[],
  scores: readonly Score[],
): AggregateTable {
  const values = new Map<string, number[]>();
  for (const score of scores) {
    if (score.value === null || !Number.isFinite(score.value)) continue;
    const key = `${score.vendorId}\u0000${score.criterionId}`;
    const list = values.get(key) ?? [];
    list.push(score.value);
    values.set(key, list);
  }

  const table = {} as AggregateTable;
  for (const vendorId of vendorIds) {
    const row = {} as Record<CriterionId, CellAggregate>;
    for (const criterionId of criterionIds) {
      row[criterionId] = aggregateValues(values.get(`${vendorId}\u0000${criterionId}`) ?? []);
    }
    table[vendorId] = row;
  }
  return table;
}

/** A criterion the evaluators disagree on, and where they disagree most. */
export interface Disagreement {
  criterionId: CriterionId;
  /** The vendor on which the spread is the largest. */
  vendorId: VendorId;
  spread: number;
  stdDev: number;
}

/**
 * Criteria ordered by their worst disagreement: the largest spread over vendors, then the
 * largest standard deviation. Cells with fewer than two scores cannot disagree and are skipped;
 * criteria on which everyone agrees (spread 0) are left out.
 */
export function mostDisputedCriteria(table: AggregateTable, limit = 5): Disagreement[] {
  const worst = new Map<CriterionId, Disagreement>();

  for (const [vendorId, row] of Object.entries(table) as [VendorId, AggregateTable[VendorId]][]) {
    for (const [criterionId, cell] of Object.entries(row) as [CriterionId, CellAggregate][]) {
      if (cell.count < 2 || cell.spread <= 0) continue;
      const current = worst.get(criterionId);
      const candidate = { criterionId, vendorId, spread: cell.spread, stdDev: cell.stdDev };
      if (!current || compareDisagreement(candidate, current) < 0)
        worst.set(criterionId, candidate);
    }
  }

  return [...worst.values()].sort(compareDisagreement).slice(0, limit);
}

function compareDisagreement(a: Disagreement, b: Disagreement): number {
  return b.spread - a.spread || b.stdDev - a.stdDev;
}
